// Finds gazetteer spellings in a sentence: longest match first, case-checked, possessives allowed.

import { foldKeepCase, foldName } from "../gazetteer/fold.ts";
import type { AliasHit, Gazetteer } from "../gazetteer/types.ts";
import type { Mention } from "../model.ts";
import { type Token, withoutPossessive } from "./tokens.ts";

const ALL_CAPS = /^\p{Lu}{2,}$/u;

/**
 * Capitalised words of the spelling must be capitalised in the text ("the North" but not "the north"); an
 * acronym must be written in capitals ("UN", not the "Un" of a name), and a word written in capitals is an
 * acronym, not a place ("IMO" is not the city Imo) unless it opens the sentence, as datelines do ("DOHA, …").
 */
function caseAgrees(hit: AliasHit, written: string, opensSentence: boolean): boolean {
  if (hit.anyCase) return true;
  const want = foldKeepCase(hit.alias).split(" ");
  const got = foldKeepCase(written).split(" ");
  if (want.length !== got.length) return false;
  return want.every((w, i) => {
    const g = got[i] ?? "";
    if (ALL_CAPS.test(w) && !ALL_CAPS.test(g)) return false;
    if (ALL_CAPS.test(g) && !ALL_CAPS.test(w) && g.length <= 4 && !opensSentence) return false;
    return !/^\p{Lu}/u.test(w) || /^\p{Lu}/u.test(g);
  });
}

/** Joins tokens i..j into the written form, hyphens kept so "Rajin-Sonbong" folds like the data. */
function spanText(sentence: string, base: number, tokens: Token[], i: number, j: number): string {
  const first = tokens[i];
  const last = tokens[j];
  if (!first || !last) return "";
  return sentence.slice(first.start - base, last.end - base);
}

function lookup(gazetteer: Gazetteer, written: string, opensSentence: boolean): AliasHit | null {
  const hits = gazetteer.index.get(foldName(written));
  return hits?.find((h) => caseAgrees(h, written, opensSentence)) ?? null;
}

/**
 * Gazetteer mentions in one sentence. `base` is the sentence's offset in the article.
 * Spans never include a trailing "'s".
 */
export function matchGazetteer(
  gazetteer: Gazetteer,
  sentence: string,
  base: number,
  tokens: Token[],
  sentenceIndex: number,
): Mention[] {
  const found: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const start = tokens[i];
    let matched = 0;
    if (start?.word) {
      for (let n = Math.min(gazetteer.maxWords * 2, tokens.length - i); n >= 1 && matched === 0; n--) {
        const last = tokens[i + n - 1];
        if (!last?.word) continue;
        const raw = spanText(sentence, base, tokens, i, i + n - 1);
        const written = last.text.endsWith("'s") ? raw.slice(0, -2) : raw.replace(/'$/, "");
        const opens = start.start === base;
        const hit = lookup(gazetteer, written, opens) ?? lookup(gazetteer, withoutPossessive(written), opens);
        const entry = hit ? gazetteer.entries.get(hit.entryId) : undefined;
        if (!hit || !entry) continue;
        // "the North" must not eat the start of "the North Korea-Russia treaty".
        const next = tokens[i + n];
        if (/^the /i.test(written) && next?.capitalised && next.start - last.end <= 1) continue;
        const spanEnd = start.start + written.length;
        const mention: Mention = {
          start: start.start,
          end: spanEnd,
          text: written,
          type: entry.type,
          sentenceIndex,
          detector: hit.demonym ? "gazetteer-demonym" : "gazetteer",
          entryId: entry.id,
        };
        found.push(mention);
        matched = n;
      }
    }
    i += Math.max(1, matched);
  }
  return found;
}
