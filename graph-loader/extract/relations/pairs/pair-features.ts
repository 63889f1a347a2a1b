// What lies between two entities named in one sentence, as numbered features for the pair model: how far apart
// they are, what stands between them (verbs, commas, other names, a relative pronoun, a coordinating "and"),
// and which kinds of entity they are. Only the form of the sentence counts, never a topic's words. Pure.

import type { ResolvedMention, Sentence } from "../../../model.ts";
import type { TaggedWord } from "../clauses/tagged-sentence.ts";

export type Features = Record<string, number>;

const RELATIVE = new Set(["who", "which", "that", "whose", "whom", "where"]);
const COORDINATING = new Set(["and", "or", "but", "while", "whereas"]);
const REPORTING = new Set(["say", "tell", "add", "report", "state", "note", "claim", "accuse", "allege"]);
const NEGATION = new Set(["not", "no", "never", "neither", "nor"]);

function bucket(name: string, value: number, edges: number[]): string {
  for (const edge of edges) if (value <= edge) return `${name}<=${edge}`;
  return `${name}>${edges[edges.length - 1]}`;
}

export interface PairInput {
  sentence: Sentence;
  /** The sentence's words, in article offsets. */
  words: readonly TaggedWord[];
  /** The two mentions, in any order. */
  a: ResolvedMention;
  b: ResolvedMention;
  /** Every outermost mention of the sentence. */
  mentions: readonly ResolvedMention[];
}

export function pairFeatures({ sentence, words, a, b, mentions }: PairInput): Features {
  const [first, second] = a.start <= b.start ? [a, b] : [b, a];
  const gapText = sentence.text.slice(
    first.end - sentence.start,
    Math.max(first.end, second.start) - sentence.start,
  );
  const between = words.filter((w) => w.start >= first.end && w.end <= second.start);
  const before = words.filter((w) => w.end <= first.start);
  const others = mentions.filter((m) => m.start >= first.end && m.end <= second.start);
  const earlier = mentions.filter((m) => m.end <= first.start);
  const verbs = between.filter((w) => w.isVerb);
  const f: Features = {};
  const on = (name: string) => {
    f[name] = 1;
  };

  on(bucket("words", between.length, [0, 1, 2, 4, 7, 12, 20]));
  on(bucket("names-between", others.length, [0, 1, 2]));
  on(bucket("verbs-between", verbs.length, [0, 1, 2]));
  on(bucket("names-before", earlier.length, [0, 1, 3]));
  on(bucket("words-before", before.length, [0, 3, 8]));
  on(bucket("sentence-names", mentions.length, [2, 3, 5, 8]));
  if (/,/.test(gapText)) on("comma");
  if ((gapText.match(/,/g) ?? []).length >= 2) on("commas-2+");
  if (/[;:]/.test(gapText)) on("semicolon-or-colon");
  if (/[()]/.test(gapText)) on("bracket");
  if (/["\u201c\u201d]/.test(gapText)) on("quote");
  if (/\s[\u2013\u2014-]\s|\u2014/.test(gapText)) on("dash");
  if (/^['\u2019]s\b/.test(gapText)) on("possessive");
  if (/^\s*,\s*$/.test(gapText)) on("comma-only");
  if (between.some((w) => RELATIVE.has(w.lemma))) on("relative-pronoun");
  if (between.some((w) => COORDINATING.has(w.lemma))) on("coordination");
  if (between.some((w) => NEGATION.has(w.lemma))) on("negation");
  if (words.some((w) => w.isVerb && REPORTING.has(w.lemma))) on("reporting-verb-in-sentence");
  if (verbs.some((w) => REPORTING.has(w.lemma))) on("reporting-verb-between");
  if (verbs.some((w) => w.isParticiple)) on("participle-between");
  if (between.length > 0 && between.every((w) => w.isPreposition || w.isDeterminer)) on("only-prepositions");
  if (between.some((w) => w.isPreposition)) on("preposition-between");
  const last = between[between.length - 1];
  if (last?.isPreposition) on("preposition-right-before-second");
  if (before.some((w) => w.isVerb)) on("verb-before-first");
  if (earlier.length === 0 && verbs.length > 0) on("subject-verb-object");
  if (a.detector === "coreference" || b.detector === "coreference") on("reference");
  const types = [a.type, b.type].sort().join("+");
  on(`types:${types}`);
  on(`first:${first.type}`);
  on(`second:${second.type}`);
  return f;
}
