// The last relation stage: a co-mentioned pair that the pair model judges stated in its sentence becomes a claim
// (RELATED, labelled with the words that join the two names), unless a claim of the article already links the
// pair. The rest stay co-mentions. Pure given the model.

import type { RelationFinding, ResolvedMention, Sentence } from "../../../model.ts";
import { tagSentence } from "../clauses/tagged-sentence.ts";
import { CO_MENTION_TYPES, outermost } from "../co-mentions.ts";
import { type Features, pairFeatures } from "./pair-features.ts";
import { type PairModel, pairProbability } from "./pair-model.ts";

export interface PairCandidate {
  sentence: Sentence;
  /** The co-mention finding, as the co-mention stage made it. */
  finding: RelationFinding;
  features: Features;
  /** The words between the two names, as written. */
  between: string;
  /** The entities in the order the sentence names them. */
  firstId: string;
  secondId: string;
}

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
const MAX_LABEL_WORDS = 6;
/** Names joined only by commas and "and"/"or": a list of like things, not a link between them. */
const LIST_GAP = /^(?:\s*(?:,|\band\b|\bor\b|as well as)\s*)+$/i;

/**
 * What the model may not overrule: the clause rules leave a denied act ("did not pay X") and a list of like things
 * ("Russia, China and Laos") unlinked on purpose.
 */
function refused(candidate: PairCandidate, types: { first?: string; second?: string }): boolean {
  if (candidate.features.negation) return true;
  return types.first === types.second && LIST_GAP.test(candidate.between);
}

/** Every pair of parties named in one sentence (the first mention of each), with its features. */
export function sentencePairs(
  sentences: readonly Sentence[],
  mentions: readonly ResolvedMention[],
): Array<Omit<PairCandidate, "finding">> {
  const out: Array<Omit<PairCandidate, "finding">> = [];
  for (const sentence of sentences) {
    const inSentence = outermost(mentions.filter((m) => m.sentenceIndex === sentence.index));
    const first = new Map<string, ResolvedMention>();
    for (const m of inSentence)
      if (CO_MENTION_TYPES.includes(m.type) && !first.has(m.entityId)) first.set(m.entityId, m);
    const named = [...first.values()];
    if (named.length < 2) continue;
    const words = tagSentence(sentence.text, sentence.start);
    for (const [i, a] of named.entries()) {
      for (const b of named.slice(i + 1)) {
        const [x, y] = a.start <= b.start ? [a, b] : [b, a];
        out.push({
          sentence,
          features: pairFeatures({ sentence, words, a, b, mentions: inSentence }),
          between: sentence.text
            .slice(x.end - sentence.start, Math.max(x.end, y.start) - sentence.start)
            .trim(),
          firstId: x.entityId,
          secondId: y.entityId,
        });
      }
    }
  }
  return out;
}

/** The co-mentions of an article whose pair no claim of the article links, with their features. */
export function pairCandidates(
  sentences: readonly Sentence[],
  mentions: readonly ResolvedMention[],
  findings: readonly RelationFinding[],
): PairCandidate[] {
  const claimed = new Set(
    findings.filter((f) => f.kind !== "co-mention").map((f) => pairKey(f.source, f.target)),
  );
  const coMentioned = new Map<string, RelationFinding>();
  for (const f of findings) {
    const key = `${f.evidence.start}|${pairKey(f.source, f.target)}`;
    if (f.kind === "co-mention" && !claimed.has(pairKey(f.source, f.target)) && !coMentioned.has(key))
      coMentioned.set(key, f);
  }
  const withFindings = sentences.filter((s) =>
    findings.some((f) => f.kind === "co-mention" && f.evidence.start === s.start),
  );
  const out: PairCandidate[] = [];
  for (const pair of sentencePairs(withFindings, mentions)) {
    const finding = coMentioned.get(`${pair.sentence.start}|${pairKey(pair.firstId, pair.secondId)}`);
    if (finding) out.push({ finding, ...pair });
  }
  return out;
}

function labelOf(between: string): string | undefined {
  const words = between
    .replace(/^[,;:\s]+|[,;:\s]+$/g, "")
    .split(/\s+/)
    .filter(Boolean);
  if (words.length === 0 || words.length > MAX_LABEL_WORDS) return undefined;
  return words.join(" ");
}

/** The findings with each co-mention the model accepts turned into a RELATED claim. */
export function promotePairs(
  sentences: readonly Sentence[],
  mentions: readonly ResolvedMention[],
  findings: readonly RelationFinding[],
  model: PairModel,
): RelationFinding[] {
  const promoted = new Map<RelationFinding, RelationFinding>();
  const typeOf = new Map(mentions.map((m) => [m.entityId, m.type]));
  for (const candidate of pairCandidates(sentences, mentions, findings)) {
    const { finding, features, between, firstId, secondId } = candidate;
    if (refused(candidate, { first: typeOf.get(firstId), second: typeOf.get(secondId) })) continue;
    const probability = pairProbability(model, features);
    if (probability < model.threshold) continue;
    const label = labelOf(between);
    promoted.set(finding, {
      ...finding,
      source: firstId,
      target: secondId,
      type: "RELATED",
      kind: "claim",
      ...(label ? { label } : {}),
      evidence: { ...finding.evidence, rule: "pair-model", confidence: Math.round(probability * 100) / 100 },
    });
  }
  return findings.map((f) => promoted.get(f) ?? f);
}
