// Proper-noun chunks: runs of capitalised words, with the connectors and hyphenated parts names contain.

import {
  ABBREVIATED_LEGAL_SUFFIXES,
  HYPHEN_PREFIXES,
  LAW_HEADS,
  LEGAL_SUFFIXES,
  MODIFIER_SUFFIXES,
  NAME_CONNECTORS,
  NAME_POSSESSIVES,
  NOT_NAME_STARTS,
  NUMBERED_HEADS,
  ORG_HEADS,
} from "./name-cues.ts";
import type { Token } from "./tokens.ts";

export interface Chunk {
  tokens: Token[];
  start: number;
  end: number;
  text: string;
}

function adjacent(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && a.end === b.start;
}

/** Length of the chunk continuing at token i (0 when it does not continue). */
function continuation(tokens: Token[], i: number, current: Token[]): number {
  const t = tokens[i];
  const next = tokens[i + 1];
  const last = current.at(-1);
  if (!t || !last || (last.text.endsWith("'s") && !NAME_POSSESSIVES.has(last.text))) return 0;
  if (last.text === ".") {
    // "Brian E. Nelson", "U.S. District Court": a dotted initial stays inside the name.
    if (isInitial(current.at(-2)) && t.capitalised) return 1;
    return t.text === "," && next && LEGAL_SUFFIXES.has(next.text) ? 2 : 0;
  }
  if (t.text === "." && adjacent(last, t) && isInitial(last) && (next?.capitalised ?? false)) return 1;
  if (t.capitalised) return 1;
  // "Bureau 121", "Unit 180", "Executive Order 13382": a number names the unit or the order.
  if (/^\d{1,6}$/.test(t.text) && (NUMBERED_HEADS.has(last.text) || LAW_HEADS.has(last.text))) return 1;
  // "Brightway Marine Shipping Co., Ltd.": the dot and comma of a legal form stay inside the name.
  if (LEGAL_SUFFIXES.has(last.text) && current.length > 1) {
    if (t.text === "." && adjacent(last, t) && ABBREVIATED_LEGAL_SUFFIXES.has(last.text)) {
      const after = tokens[i + 1];
      const further = tokens[i + 2];
      if (after?.text === "," && further && LEGAL_SUFFIXES.has(further.text)) return 3;
      return 1;
    }
    if (t.text === "," && next && LEGAL_SUFFIXES.has(next.text)) return 2;
  }
  // "Ministry of Oceans and Fisheries": "and" joins one more word inside a body's "of" phrase.
  if (t.text === "and" && next?.capitalised && !tokens[i + 2]?.capitalised && ofPhraseOfBody(current))
    return 2;
  // "Han-beom", "Dong-A", "Al-Mansour" join; "Hassan-Vladivostok" are two names; "Leone-flagged" is a modifier.
  if (t.text === "-" && adjacent(last, t) && adjacent(t, next) && next) {
    const lower = /^\p{Ll}/u.test(next.text);
    if (lower && !isModifierSuffix(next.text)) return 2;
    if (/^\p{Lu}$/u.test(next.text) || (!lower && HYPHEN_PREFIXES.has(last.text))) return 2;
  }
  if (NAME_CONNECTORS.has(t.text) && t.text !== "and") {
    let j = i;
    while (tokens[j] && NAME_CONNECTORS.has(tokens[j]?.text ?? "")) j++;
    return tokens[j]?.capitalised ? j - i + 1 : 0;
  }
  if (t.text === "in" && /^(Embassy|Consulate|Office)$/.test(last.text) && next?.capitalised) return 2;
  return 0;
}

/** A single capital letter, as in an initial ("E." of "Brian E. Nelson", "U." of "U.S."). */
function isInitial(t: Token | undefined): boolean {
  return t !== undefined && /^\p{Lu}$/u.test(t.text);
}

/** "-flagged", "-based", "-run": a suffix that turns the name before it into a modifier. */
function isModifierSuffix(word: string): boolean {
  return MODIFIER_SUFFIXES.has(word) || /^\p{Ll}{3,}ed$/u.test(word);
}

/** "Ministry of Oceans": an organisation head followed by "of" and one or two capitalised words. */
function ofPhraseOfBody(current: Token[]): boolean {
  const of = current.findIndex((t) => t.text === "of");
  return (
    of > 0 &&
    ORG_HEADS.has(current[of - 1]?.text ?? "") &&
    current.length - of <= 3 &&
    !current.some((t) => t.text === "and")
  );
}

function trim(tokens: Token[]): Token[] {
  let from = 0;
  while (from < tokens.length - 1 && NOT_NAME_STARTS.has(tokens[from]?.text ?? "")) from++;
  const out = tokens.slice(from);
  if (out.length === 1 && NOT_NAME_STARTS.has(out[0]?.text ?? "")) return [];
  return out;
}

/** All proper-noun chunks of a tokenised sentence; `sentence`/`base` give the written text. */
export function findChunks(tokens: Token[], sentence: string, base: number): Chunk[] {
  const chunks: Chunk[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (!t?.capitalised) {
      i++;
      continue;
    }
    const current: Token[] = [t];
    let j = i + 1;
    for (let n = continuation(tokens, j, current); n > 0; n = continuation(tokens, j, current)) {
      current.push(...tokens.slice(j, j + n));
      j += n;
    }
    const kept = trim(current);
    const first = kept[0];
    const last = kept.at(-1);
    if (first && last) {
      const end = last.text.endsWith("'s") && !NAME_POSSESSIVES.has(last.text) ? last.end - 2 : last.end;
      chunks.push({
        tokens: kept,
        start: first.start,
        end,
        text: sentence.slice(first.start - base, end - base),
      });
    }
    i = j;
  }
  return chunks;
}
