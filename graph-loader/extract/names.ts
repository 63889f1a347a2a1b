// Names the gazetteer lacks: classifies proper-noun chunks as Person, Organization, Place, Event or
// Resolution by their head word, a title before them, name shape, speech verbs and compromise's people finder.

import nlp from "compromise";
import type { EntityType, Mention } from "../model.ts";
import { type Chunk, findChunks } from "./chunks.ts";
import {
  COMPANY_WORDS,
  CORE_TITLES,
  EVENT_HEADS,
  KOREAN_SURNAMES,
  LAW_HEADS,
  LEGAL_SUFFIXES,
  NAME_CONNECTORS,
  NUMBERED_HEADS,
  ORG_CUE_LINKS,
  ORG_CUE_NOUNS,
  ORG_CUE_VERBS,
  ORG_HEADS,
  PERSON_CUE_VERBS,
  PERSON_NOUNS,
  PLACE_CUE_NOUNS,
  PLACE_HEADS,
  SPEECH_VERBS,
  STAFF_NOUNS,
  TITLE_WORDS,
  VESSEL_NOUNS,
  VESSEL_PREPOSITIONS,
} from "./name-cues.ts";
import type { Token } from "./tokens.ts";

const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;

function isFirstName(word: string): boolean {
  const tag = lexicon[word.toLowerCase()];
  const tags = tag === undefined ? [] : Array.isArray(tag) ? tag : [tag];
  return tags.some((t) => /FirstName|MaleName|FemaleName/.test(t));
}

/** Spans compromise believes are people, in sentence offsets. */
function compromisePeople(sentence: string): Array<{ start: number; end: number }> {
  const found = nlp(sentence).people().json({ offset: true }) as Array<{
    offset: { start: number; length: number };
  }>;
  return found.map((p) => ({ start: p.offset.start, end: p.offset.start + p.offset.length }));
}

interface Classified {
  type: EntityType;
  from: number;
  attributes?: Record<string, string | number>;
}

/** Index of the first token after a leading title ("Deputy Prime Minister", "Vice Minister of Commerce"). */
function afterTitle(tokens: Token[]): { index: number; title: string } {
  const first = tokens.findIndex((t) => TITLE_WORDS.has(t.text));
  if (first < 0) return { index: 0, title: "" };
  let i = first;
  let core = false;
  while (i < tokens.length) {
    const t = tokens[i]?.text ?? "";
    if (TITLE_WORDS.has(t)) {
      core ||= CORE_TITLES.has(t);
      i++;
    } else if (core && (t === "of" || t === "for") && tokens[i + 1]?.capitalised) {
      // "Minister of Commerce", "Under Secretary for Terrorism and Financial Intelligence": the office's field.
      i += 2;
      if (t === "for") {
        const keepsName = () => i < tokens.length - 2 && !isFirstName(tokens[i]?.text ?? "");
        while (tokens[i]?.capitalised && keepsName()) i++;
        if (tokens[i]?.text === "and" && tokens[i + 1]?.capitalised) i += 2;
        while (tokens[i]?.capitalised && keepsName()) i++;
      }
    } else break;
  }
  // A title needs a name after it: "Sunrise Lady" or "Harbour Master" end with the word, they are not titled.
  if (!core || i >= tokens.length) return { index: 0, title: "" };
  return {
    index: i,
    title: tokens
      .slice(first, i)
      .map((t) => t.text)
      .join(" "),
  };
}

function wordsOf(tokens: Token[]): string[] {
  return tokens.filter((t) => t.word).map((t) => t.text.replace(/'s$/, ""));
}

function looksKorean(words: string[]): boolean {
  return KOREAN_SURNAMES.has(words[0] ?? "") && words.length >= 1 && words.length <= 4;
}

/** The text around a chunk: the last word before it, the first after it, and the raw stretches. */
interface Context {
  before: string;
  after: string;
  beforeText: string;
  afterText: string;
  /** The sentence after the chunk, up to 80 characters: room for an apposition ("X, a Singapore-based exchange"). */
  appositionText: string;
  /** The sentence speaks of ships ("vessel", "tankers"): read once per sentence. */
  aboutShips: boolean;
}

/** "Financial Action Task Force (FATF)": the bracketed acronym spells the name's initials. */
export function acronymOf(words: string[], afterText: string): string | null {
  const def = /^ \(([A-Z][A-Za-z]{1,9})\)/.exec(afterText)?.[1];
  if (!def) return null;
  const letters = def.replace(/[a-z]/g, "").toLowerCase();
  const all = words
    .map((w) => w[0] ?? "")
    .join("")
    .toLowerCase();
  const capitals = words
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0] ?? "")
    .join("")
    .toLowerCase();
  return letters.length >= 2 && (letters === all || letters === capitals) ? def : null;
}

const CUE_LINK = ORG_CUE_LINKS.map((l) => l.replace(/ /g, "\\s+")).join("|");
const CUED = new RegExp(String.raw`\b([a-z]+)\s*,?\s*(?:(?:${CUE_LINK})\s+)?(?:the\s+)?$`);

/** "the analysis firm X", "services such as X", "a group, known as X", "analysts at X". */
function orgCue(ctx: Context): boolean {
  const cue = CUED.exec(ctx.beforeText)?.[1] ?? "";
  if (ORG_CUE_NOUNS.has(cue)) return true;
  const at = /\b([a-z]+) (?:at|from|with) (?:the )?$/i.exec(ctx.beforeText)?.[1] ?? "";
  return STAFF_NOUNS.has(at.toLowerCase());
}

/** "sanctioned X", "designated X, Y and Z": the name is the object of a verb whose objects are bodies. */
function verbCued(ctx: Context, verbs: ReadonlySet<string>): boolean {
  const m = /\b([a-z]+)\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}.-]*\s+)+(?:and\s+|,\s+)+)*$/u.exec(ctx.beforeText);
  return verbs.has(m?.[1] ?? "");
}

/** "where the Sunrise Lady transferred its cargo": an uncued name after "the" in a sentence about ships. */
const ABOARD = new RegExp(String.raw`\b(?:${VESSEL_PREPOSITIONS.join("|")})\s+(?:the\s+)?$`);

function shipContext(ctx: Context): boolean {
  // "the Ocean Harvest 9": a number after the words is part of the ship's name, read by the vessel detector.
  if (/^\s+\d/.test(ctx.afterText)) return false;
  return (ctx.aboutShips && /\bthe\s+$/.test(ctx.beforeText)) || ABOARD.test(ctx.beforeText);
}

function speaksOfShips(sentence: string): boolean {
  return sentence
    .toLowerCase()
    .split(/[^a-z-]+/)
    .some((w) => VESSEL_NOUNS.has(w));
}

/** The word that decides the kind of a name: its last word, or the word before a trailing number. */
function headOf(words: string[]): { head: string; numbered: boolean } {
  const last = words.at(-1) ?? "";
  if (/^\d+$/.test(last) && words.length > 1) return { head: words.at(-2) ?? "", numbered: true };
  // "Centre for Maritime Law", "Ministry of Foreign Affairs": the noun before "of"/"for" heads the name.
  const joined = words.findIndex((w, i) => i > 0 && (w === "of" || w === "for"));
  if (joined > 0) return { head: words[joined - 1] ?? last, numbered: false };
  return { head: last, numbered: false };
}

const APPOSITION_HEAD =
  /^\s*(?:\([^()]*\))?,\s+(?:a|an|the)\s+((?:[\p{L}'\u2019-]+\s+){0,4}?)([\p{Ll}-]+)(?=[\s,.;]|$)/u;

/** The kind an apposition gives a name: "X, a Singapore-based exchange", "Y, a spokesperson for …". */
function appositionType(ctx: Context): EntityType | null {
  const m = APPOSITION_HEAD.exec(ctx.appositionText);
  if (!m) return null;
  const heads = [...(m[1] ?? "").trim().split(/\s+/), m[2] ?? ""].filter((w) => /^\p{Ll}/u.test(w));
  for (const noun of heads) {
    if (VESSEL_NOUNS.has(noun)) return "Vessel";
    if (PERSON_NOUNS.has(noun)) return "Person";
    if (ORG_CUE_NOUNS.has(noun)) return "Organization";
  }
  return null;
}

// "to" is left out: it as often names a recipient ("sold to X") as a destination.
const PLACE_KIND = `\\b(?:the|a|an)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${[...PLACE_CUE_NOUNS].join("|")})\\s+of`;
const PLACE_PREPOSITION = `(?:\\bin|\\bat|\\bnear|\\boutside|\\boff|\\bvia|\\bthrough|\\bacross|\\baround|${PLACE_KIND})`;
const PLACE_GOVERNOR = new RegExp(
  String.raw`${PLACE_PREPOSITION}\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2}(?:,\s+|,?\s+(?:and|or)\s+))?$`,
  "u",
);

const AGE_AFTER_NAME = /^,\s+\d{1,2},\s/;

const SPOKEN_TO =
  /\b(?:spoke|speaking|talked|talking|said|says|told|according|wrote|added|explained|referring|letter)\s+to\s+(?:the\s+)?$/;

/**
 * An unknown name of one or two plain words after "in", "at", "near", "to" … is a place ("a housing project in
 * Jahra", "deliveries to Longkou"); not when it is an English word ("in Article 12") or someone spoken to.
 */
function placeCued(rest: string[], ctx: Context): boolean {
  if (rest.length > 3 || rest.some((w) => !/^\p{Lu}\p{Ll}+$/u.test(w) || w.toLowerCase() in lexicon))
    return false;
  if (/^\s+\d/.test(ctx.afterText)) return false; // "in Article 12", "at Gate 3"
  return PLACE_GOVERNOR.test(ctx.beforeText) && !SPOKEN_TO.test(ctx.beforeText);
}

/** "Assistant Secretary for Trade": an office written alone is neither a person nor an organisation. */
function isOfficeTitle(words: string[]): boolean {
  const at = words.findIndex((w) => CORE_TITLES.has(w));
  if (at < 0 || !["of", "for"].includes(words[at + 1] ?? "")) return false;
  return (
    words.slice(0, at).every((w) => TITLE_WORDS.has(w) || CORE_TITLES.has(w)) &&
    !words.some((w) => ORG_HEADS.has(w))
  );
}

/** Index of the token where a trailing person name starts after an organisation's words, or -1. */
function trailingPersonStart(tokens: Token[]): number {
  const at = tokens.findIndex((t, i) => i > 0 && t.word && isFirstName(t.text));
  if (at < 0 || at >= tokens.length - 1) return -1;
  const before = wordsOf(tokens.slice(0, at));
  const after = wordsOf(tokens.slice(at));
  const orgBefore =
    before.some((w) => ORG_HEADS.has(w)) || CORE_TITLES.has(before.at(-1) ?? "") || before.length >= 2;
  const orgAfter = after.some((w) => ORG_HEADS.has(w) || COMPANY_WORDS.has(w));
  return orgBefore && !orgAfter && after.length <= 3 ? at : -1;
}

function classify(chunk: Chunk, ctx: Context, people: boolean): Classified | null {
  const words = wordsOf(chunk.tokens);
  const { head, numbered } = headOf(words);
  // "Financial Intelligence Brian E. Nelson": the end of an office's name, then the person holding it.
  const personAt = trailingPersonStart(chunk.tokens);
  if (personAt > 0) return { type: "Person", from: personAt };
  if (isOfficeTitle(words)) return null;
  if (LAW_HEADS.has(head)) return { type: "Resolution", from: 0 };
  if (EVENT_HEADS.has(head)) return { type: "Event", from: 0 };
  if (PLACE_HEADS.has(head) && words.length > 1) return { type: "Place", from: 0 };
  if (numbered && NUMBERED_HEADS.has(head)) return { type: "Organization", from: 0 };
  if (words.some((w) => ORG_HEADS.has(w)) && words.length > 1) return { type: "Organization", from: 0 };
  if (COMPANY_WORDS.has(head) && words.length > 1) return { type: "Organization", from: 0 };
  if (LEGAL_SUFFIXES.has(words.at(-1) ?? "") && words.length > 1) return { type: "Organization", from: 0 };
  if (words.length > 1 && acronymOf(words, ctx.afterText)) return { type: "Organization", from: 0 };
  const titled = afterTitle(chunk.tokens);
  const rest = wordsOf(chunk.tokens.slice(titled.index));
  if (rest.length === 0) return null;
  const partial: Record<string, number> = rest.length === 1 ? { partial: 1 } : {};
  const title: Record<string, string> = titled.title ? { title: titled.title } : {};
  if (titled.index > 0) return { type: "Person", from: titled.index, attributes: { ...title, ...partial } };
  // "Somchai Prasert, 47, a Thai national": news gives a person's age in commas after the name.
  if (rest.length >= 2 && rest.length <= 4 && AGE_AFTER_NAME.test(ctx.afterText))
    return { type: "Person", from: 0 };
  const shaped = looksKorean(rest) || (rest.length >= 2 && isFirstName(rest[0] ?? ""));
  if (!shaped && orgCue(ctx) && rest.length <= 4) return { type: "Organization", from: 0 };
  // Compromise takes many unfamiliar place names for people ("in Tsim Sha Tsui"); a place cue outweighs it.
  if (!shaped && titled.index === 0 && placeCued(rest, ctx)) return { type: "Place", from: 0 };
  if (!shaped && !people && rest.length <= 5 && verbCued(ctx, ORG_CUE_VERBS))
    return { type: "Organization", from: 0 };
  if (shipContext(ctx) && rest.length >= 2 && rest.length <= 4) return { type: "Vessel", from: 0 };
  if (
    !/\bthe\s+$/i.test(ctx.beforeText) &&
    rest.length >= 2 &&
    rest.length <= 4 &&
    verbCued(ctx, PERSON_CUE_VERBS)
  )
    return { type: "Person", from: 0 };
  const spoken = SPEECH_VERBS.has(ctx.after) || /\b(said|stated|added|to)$/.test(ctx.before);
  const roleBefore = PERSON_NOUNS.has(ctx.before) && rest.length >= 2 && rest.length <= 4;
  if (shaped || people || spoken || roleBefore) {
    if (rest.length > 4) return null;
    return { type: "Person", from: 0, attributes: partial };
  }
  const described = appositionType(ctx);
  if (described)
    return { type: described, from: 0, ...(described === "Person" ? { attributes: partial } : {}) };
  return null;
}

/** "Hannah Lindqvist of the Nordic Institute" is a person and an organisation, not one name. */
function splitPersonOfOrg(chunk: Chunk, sentence: string, base: number): Chunk[] {
  const c = chunk.tokens.findIndex((t) => NAME_CONNECTORS.has(t.text));
  if (c < 2) return [chunk];
  const head = chunk.tokens.slice(0, c);
  const after = chunk.tokens.findIndex((t, i) => i > c && !NAME_CONNECTORS.has(t.text));
  const rest = after < 0 ? [] : chunk.tokens.slice(after);
  const headWords = wordsOf(head);
  const personLike = isFirstName(headWords[0] ?? "") || looksKorean(headWords);
  if (!personLike || headWords.some((w) => ORG_HEADS.has(w)) || rest.length === 0) return [chunk];
  const piece = (tokens: Token[]): Chunk => {
    const first = tokens[0] as Token;
    const last = tokens.at(-1) as Token;
    const end = tokens === rest ? chunk.end : last.end;
    return { tokens, start: first.start, end, text: sentence.slice(first.start - base, end - base) };
  };
  return [piece(head), piece(rest)];
}

function neighbours(sentence: string, base: number, chunk: Chunk, aboutShips: boolean): Context {
  const beforeText = sentence.slice(Math.max(0, chunk.start - base - 60), chunk.start - base);
  const before = beforeText.trimEnd().split(/\s+/).at(-1)?.toLowerCase() ?? "";
  const afterText = sentence.slice(chunk.end - base, chunk.end - base + 16);
  const rest = sentence.slice(chunk.end - base).replace(/^'s/, "");
  const after = /^,?\s*([a-z]+)/.exec(rest)?.[1] ?? "";
  const appositionText = sentence.slice(chunk.end - base, chunk.end - base + 80);
  return {
    before: before.replace(/[^a-z]/g, ""),
    after,
    beforeText,
    afterText,
    appositionText,
    aboutShips,
  };
}

/** Mentions of unknown names in one sentence (article offsets). */
export function findNames(sentence: string, base: number, tokens: Token[], sentenceIndex: number): Mention[] {
  const people = compromisePeople(sentence);
  const aboutShips = speaksOfShips(sentence);
  const out: Mention[] = [];
  for (const chunk of findChunks(tokens, sentence, base).flatMap((c) =>
    splitPersonOfOrg(c, sentence, base),
  )) {
    const ctx = neighbours(sentence, base, chunk, aboutShips);
    const byCompromise = people.some((p) => p.start < chunk.end - base && p.end > chunk.start - base);
    const c = classify(chunk, ctx, byCompromise);
    if (!c) continue;
    const first = chunk.tokens[c.from];
    if (!first) continue;
    const mention: Mention = {
      start: first.start,
      end: chunk.end,
      text: sentence.slice(first.start - base, chunk.end - base),
      type: c.type,
      sentenceIndex,
      detector: "names",
    };
    if (c.attributes && Object.keys(c.attributes).length > 0) mention.attributes = c.attributes;
    out.push(mention);
  }
  return out;
}
