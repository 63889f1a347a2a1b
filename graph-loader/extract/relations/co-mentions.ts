// Co-mention findings: two entities named in one sentence that no claim of that sentence joins. They record
// only that the sentence names both, so they are kept apart from claims ("kind": "co-mention") and weak.

import type { EntityType, RelationFinding, ResolvedMention, Sentence } from "../../model.ts";

/**
 * Parties a co-mention can join. Commodities, events, amounts, groups and dates are left out: they are what a
 * claim is about (the coal shipped, the forum attended) rather than a party to it, and linking each of them to
 * every actor of a long sentence would bury the canvas in faint lines.
 */
export const CO_MENTION_TYPES: readonly EntityType[] = [
  "Person",
  "Organization",
  "Country",
  "Place",
  "Resolution",
  "Vessel",
];

/** Strongest co-mention confidence; it fades with the distance between the two names. */
const BASE = 0.3;
const FLOOR = 0.1;
const FADE_CHARS = 400;

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** Mentions not nested in a longer one ("North Korea" inside "the North Korea-Russia treaty"). */
export function outermost(mentions: ResolvedMention[]): ResolvedMention[] {
  return mentions.filter(
    (m) =>
      !mentions.some(
        (o) => o !== m && o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start,
      ),
  );
}

export interface CoMentionInput {
  article: string;
  sentence: Sentence;
  /** The sentence's mentions. */
  mentions: ResolvedMention[];
  /** Claims found in this sentence: pairs they join get no co-mention. */
  claims: RelationFinding[];
}

/** The parties a sentence names: the first outermost mention of each entity of a co-mention type. */
export function partiesOf(mentions: ResolvedMention[]): ResolvedMention[] {
  const first = new Map<string, ResolvedMention>();
  for (const m of outermost(mentions)) {
    if (CO_MENTION_TYPES.includes(m.type) && !first.has(m.entityId)) first.set(m.entityId, m);
  }
  return [...first.values()];
}

/** One co-mention per unordered pair of entities of the sentence not joined by a claim. */
export function coMentions(input: CoMentionInput): RelationFinding[] {
  const claimed = new Set(input.claims.map((c) => pairKey(c.source, c.target)));
  const named = partiesOf(input.mentions);
  const out: RelationFinding[] = [];
  for (const [i, a] of named.entries()) {
    for (const b of named.slice(i + 1)) {
      if (claimed.has(pairKey(a.entityId, b.entityId))) continue;
      const [source, target] = a.entityId < b.entityId ? [a, b] : [b, a];
      const gap = Math.abs(b.start - a.end);
      const confidence = Math.max(FLOOR, BASE * (1 - gap / FADE_CHARS));
      out.push({
        source: source.entityId,
        type: "CO_MENTIONED",
        target: target.entityId,
        kind: "co-mention",
        evidence: {
          article: input.article,
          sentence: input.sentence.text,
          start: input.sentence.start,
          end: input.sentence.end,
          rule: "co-mention.sentence",
          confidence: Math.round(confidence * 100) / 100,
        },
      });
    }
  }
  return out;
}
