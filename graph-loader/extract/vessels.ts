// Ships by the way reporting names them: "the bulk carrier X", "X, a North Korean-flagged tanker",
// "M/V X", "the vessel X (IMO 1234567)", quoted names. The vessel classes and prefixes are data
// (data/name-cues.yaml); the IMO number becomes an attribute of the mention.

import type { Mention } from "../model.ts";
import { NOT_NAME_STARTS, VESSEL_CLASSES, VESSEL_FLAG_WORDS, VESSEL_PREFIXES } from "./name-cues.ts";

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
/** Classes match with a capital first letter too ("Tanker X" at a sentence start); the name stays case-checked. */
const CLASS = VESSEL_CLASSES.map((c) => {
  const first = c[0] ?? "";
  return `[${first}${first.toUpperCase()}]${escapeRegExp(c.slice(1)).replace(/ /g, "\\s+")}`;
}).join("|");
const PREFIX = VESSEL_PREFIXES.map(escapeRegExp).join("|");

/** A ship's name: quoted, or capitalised words and numbers ("Kum Un San 3", "Wise Honest"). */
const WORD = String.raw`[\p{Lu}\d][\p{L}\d'’-]*`;
const RUN = String.raw`${WORD}(?:\s+(?:${WORD}|No\.\s?\d+))*`;
const NAME = `(?:["“‘']([^"”’']{2,40})["”’']|(${RUN}))`;
const IMO = String.raw`\(\s*IMO(?:\s+(?:No\.?|number))?:?\s*(\d{7})\s*\)`;

/** "the tanker X", "bulk carrier X": a class noun right before the name. */
const CLASS_BEFORE = new RegExp(String.raw`(?<![\p{L}-])(${CLASS})\s+${NAME}`, "gu");
/** "X, a North Korean-flagged tanker": the name, a comma, an article and up to four modifiers. */
const CLASS_AFTER = new RegExp(
  String.raw`(${RUN}),\s+(?:a|an|the)\s+(?:(?!(?:for|of|with|in|on|at|to|from|by|and|or|that|which|where|when|who|whose|the|a|an|its|their|his|her|is|was|has|had)\s)[\p{L}\d'’-]+\s+){0,4}?(${CLASS})(?![\p{L}-])`,
  "gu",
);
/** "M/V X", "MT X". */
const PREFIXED = new RegExp(String.raw`(?<![\p{L}/])(${PREFIX})\s+${NAME}`, "gu");
/** "the Belize-flagged Star Fortune": a flag written right before the name stands for the class noun. */
const FLAGGED = new RegExp(String.raw`(?<=\p{L}-(?:${[...VESSEL_FLAG_WORDS].join("|")})\s+)${NAME}`, "gu");
/** "X (IMO 1234567)". */
const WITH_IMO = new RegExp(String.raw`(${RUN})\s*${IMO}`, "gu");

/** Leading sentence words ("The", "In") are not part of a name; a trailing "'s" neither. */
function trimName(raw: string): { text: string; offset: number } | null {
  const words = raw.split(/(\s+)/);
  let offset = 0;
  while (words.length > 2 && NOT_NAME_STARTS.has(words[0] ?? "")) {
    offset += (words[0]?.length ?? 0) + (words[1]?.length ?? 0);
    words.splice(0, 2);
  }
  const text = words
    .join("")
    .replace(/['’]s$/, "")
    .trim();
  if (text.length < 2 || NOT_NAME_STARTS.has(text) || /^\d+$/.test(text)) return null;
  return { text, offset };
}

function vessel(
  sentence: string,
  base: number,
  sentenceIndex: number,
  nameAt: number,
  raw: string,
  attributes: Record<string, string>,
): Mention | null {
  const name = trimName(raw);
  if (!name) return null;
  const start = base + nameAt + name.offset;
  const text = sentence.slice(start - base, start - base + name.text.length);
  return {
    start,
    end: start + text.length,
    text,
    type: "Vessel",
    sentenceIndex,
    detector: "vessel",
    attributes,
  };
}

/** Index of group `group` of a match inside the sentence (the match's start plus its offset). */
function groupAt(m: RegExpMatchArray, group: number): number {
  const value = m[group] ?? "";
  return (m.index ?? 0) + m[0].lastIndexOf(value);
}

const className = (c: string) => c.toLowerCase().replace(/\s+/g, " ");

/** Vessel mentions of one sentence (article offsets); a name found twice keeps its first reading. */
export function findVessels(sentence: string, base: number, sentenceIndex: number): Mention[] {
  const out: Mention[] = [];
  const add = (m: Mention | null) => {
    if (m && !out.some((o) => o.start < m.end && m.start < o.end)) out.push(m);
  };
  for (const m of sentence.matchAll(WITH_IMO)) {
    const at = m.index ?? 0;
    add(vessel(sentence, base, sentenceIndex, at, m[1] ?? "", { imo: m[2] ?? "" }));
  }
  for (const m of sentence.matchAll(CLASS_BEFORE)) {
    const quoted = m[2] !== undefined;
    const raw = m[2] ?? m[3] ?? "";
    const at = groupAt(m, quoted ? 2 : 3);
    add(vessel(sentence, base, sentenceIndex, at, raw, { class: className(m[1] ?? "") }));
  }
  for (const m of sentence.matchAll(CLASS_AFTER)) {
    add(vessel(sentence, base, sentenceIndex, m.index ?? 0, m[1] ?? "", { class: className(m[2] ?? "") }));
  }
  for (const m of sentence.matchAll(FLAGGED)) {
    const quoted = m[1] !== undefined;
    add(vessel(sentence, base, sentenceIndex, groupAt(m, quoted ? 1 : 2), m[1] ?? m[2] ?? "", {}));
  }
  for (const m of sentence.matchAll(PREFIXED)) {
    const quoted = m[2] !== undefined;
    add(vessel(sentence, base, sentenceIndex, groupAt(m, quoted ? 2 : 3), m[2] ?? m[3] ?? "", {}));
  }
  return out.sort((a, b) => a.start - b.start);
}
