// The last relation stage: a co-mentioned pair that the pair model judges stated in its sentence becomes a claim
// (RELATED, labelled with the words that join the two names), unless a claim of the article already links the
// pair. The rest stay co-mentions. Pure given the model.

import type { RelationFinding, ResolvedMention, Sentence } from "../../../model.ts";
import { tagSentence } from "../clauses/tagged-sentence.ts";
import { outermost, partiesOf } from "../co-mentions.ts";
import { type Features, pairFeatures } from "./pair-features.ts";
import { type PairModel, pairProbability } from "./pair-model.ts";

export interface SentencePair {
  sentence: Sentence;
  /** The two mentions in the order the sentence names them. */
  first: ResolvedMention;
  second: ResolvedMention;
  features: Features;
  /** The words between the two names, as written. */
  between: string;
}

export interface PairCandidate extends SentencePair {
  /** The co-mention finding, as the co-mention stage made it. */
  finding: RelationFinding;
}

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
const MAX_LABEL_WORDS = 6;
/** Names joined only by commas and "and"/"or": a list of like things, not a link between them. */
const LIST_GAP = /^(?:\s*(?:,|\band\b|\bor\b|as well as)\s*)+$/i;

/**
 * What the model may not overrule: the clause rules leave a denied act ("did not pay X") and a list of like things
 * ("Russia, China and Laos") unlinked on purpose.
 */
function refused(pair: SentencePair): boolean {
  if (pair.features.negation) return true;
  return pair.first.type === pair.second.type && LIST_GAP.test(pair.between);
}

/** Every pair of parties named in one sentence (the first mention of each), with its features. */
export function sentencePairs(
  sentences: readonly Sentence[],
  mentions: readonly ResolvedMention[],
): SentencePair[] {
  const out: SentencePair[] = [];
  for (const sentence of sentences) {
    const inSentence = outermost(mentions.filter((m) => m.sentenceIndex === sentence.index));
    const named = partiesOf(inSentence);
    if (named.length < 2) continue;
    const words = tagSentence(sentence.text, sentence.start);
    for (const [i, a] of named.entries()) {
      for (const b of named.slice(i + 1)) {
        const [first, second] = a.start <= b.start ? [a, b] : [b, a];
        out.push({
          sentence,
          first,
          second,
          features: pairFeatures({ sentence, words, a, b, mentions: inSentence }),
          between: sentence.text
            .slice(first.end - sentence.start, Math.max(first.end, second.start) - sentence.start)
            .trim(),
        });
      }
    }
  }
  return out;
}

/**
 * The co-mentions of an article whose pair no claim of the article links, by sentence and pair: the pairs the
 * model is asked about.
 */
export function openCoMentions(findings: readonly RelationFinding[]) {
  const claimed = new Set(
    findings.filter((f) => f.kind !== "co-mention").map((f) => pairKey(f.source, f.target)),
  );
  const open = new Map<string, RelationFinding>();
  for (const f of findings) {
    const pair = pairKey(f.source, f.target);
    const key = `${f.evidence.start}|${pair}`;
    if (f.kind === "co-mention" && !claimed.has(pair) && !open.has(key)) open.set(key, f);
  }
  return {
    sentenceStarts: new Set([...open.values()].map((f) => f.evidence.start)),
    findingOf: (pair: SentencePair): RelationFinding | undefined =>
      open.get(`${pair.sentence.start}|${pairKey(pair.first.entityId, pair.second.entityId)}`),
  };
}

/** The open co-mentions of an article (see openCoMentions), with their features. */
export function pairCandidates(
  sentences: readonly Sentence[],
  mentions: readonly ResolvedMention[],
  findings: readonly RelationFinding[],
): PairCandidate[] {
  const open = openCoMentions(findings);
  const out: PairCandidate[] = [];
  for (const pair of sentencePairs(
    sentences.filter((s) => open.sentenceStarts.has(s.start)),
    mentions,
  )) {
    const finding = open.findingOf(pair);
    if (finding) out.push({ ...pair, finding });
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
  for (const candidate of pairCandidates(sentences, mentions, findings)) {
    const { finding, features, between, first, second } = candidate;
    if (refused(candidate)) continue;
    const probability = pairProbability(model, features);
    if (probability < model.threshold) continue;
    const label = labelOf(between);
    promoted.set(finding, {
      ...finding,
      source: first.entityId,
      target: second.entityId,
      type: "RELATED",
      kind: "claim",
      ...(label ? { label } : {}),
      evidence: { ...finding.evidence, rule: "pair-model", confidence: Math.round(probability * 100) / 100 },
    });
  }
  return findings.map((f) => promoted.get(f) ?? f);
}
