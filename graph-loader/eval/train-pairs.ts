// Trains the pair model (extract/relations/pairs) from the gold of the splits that are not frozen: every pair of
// entities named in one sentence is an example, true when the gold links the two.
// A logistic regression with L2 penalty, fitted by gradient descent; the acceptance threshold is chosen from
// held-out probabilities (each article scored by a model trained on the others) as the lowest that keeps the
// accepted pairs at the wanted precision.

import type { Features } from "../extract/relations/pairs/pair-features.ts";
import type { PairModel } from "../extract/relations/pairs/pair-model.ts";
import { pairProbability } from "../extract/relations/pairs/pair-model.ts";
import { openCoMentions, sentencePairs } from "../extract/relations/pairs/promote-pairs.ts";
import { loadGazetteer } from "../gazetteer/build.ts";
import { extractArticle, relationMentions } from "../pipeline.ts";
import { readArticle } from "../read/read-article.ts";
import { loadSplit } from "./load-split.ts";
import { pairIndex, SCORED_TYPES } from "./score.ts";
import type { EvalSplit } from "./splits.ts";

export interface Example {
  article: string;
  features: Features;
  linked: boolean;
  /** No rule links the pair: one of the pairs the model is asked about once trained. */
  asked: boolean;
}

/** The labelled examples of the given splits. */
export async function collectExamples(splits: readonly EvalSplit[]): Promise<Example[]> {
  const gazetteer = await loadGazetteer();
  const out: Example[] = [];
  for (const split of splits) {
    if (split.frozen) throw new Error(`split ${split.name} is frozen: the pair model never trains on it`);
    const { golds, articlePaths } = await loadSplit(split);
    for (const [i, gold] of golds.entries()) {
      const { article } = await readArticle(articlePaths[i] ?? "");
      const part = extractArticle(gazetteer, article, null);
      const { goldIndexOfEntity, goldPairs, pairKey } = pairIndex(gold, part.entities);
      const typeOf = new Map(part.entities.map((e) => [e.id, e.type]));
      const mentions = relationMentions(part.sentences, part.mentions);
      const open = openCoMentions(part.findings);
      // Every pair named in a sentence, those the rules link too: the model learns what a stated link looks like.
      for (const candidate of sentencePairs(part.sentences, mentions)) {
        const [source, target] = [candidate.first.entityId, candidate.second.entityId];
        const a = goldIndexOfEntity.get(source);
        const b = goldIndexOfEntity.get(target);
        let linked: boolean;
        if (a !== undefined && b !== undefined) {
          if (a === b) continue;
          linked = goldPairs.has(pairKey(a, b));
        } else {
          // A pair with an unannotated end counts against a link only between scored kinds (as in scoring).
          const scored = [typeOf.get(source), typeOf.get(target)].every((t) => t && SCORED_TYPES.includes(t));
          if (!scored) continue;
          linked = false;
        }
        const asked = open.findingOf(candidate) !== undefined;
        out.push({ article: gold.article, features: candidate.features, linked, asked });
      }
    }
  }
  return out;
}

export interface FitOptions {
  l2: number;
  rate: number;
  epochs: number;
}

export const FIT: FitOptions = { l2: 0.02, rate: 0.5, epochs: 600 };

/** Fits bias and weights by full-batch gradient descent on the mean log loss plus the L2 penalty. */
export function fitPairModel(
  examples: readonly Example[],
  options: FitOptions = FIT,
): Pick<PairModel, "bias" | "weights"> {
  const names = [...new Set(examples.flatMap((e) => Object.keys(e.features)))].sort();
  const weights: Record<string, number> = Object.fromEntries(names.map((n) => [n, 0]));
  let bias = 0;
  const n = Math.max(1, examples.length);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    const gradient: Record<string, number> = Object.fromEntries(names.map((name) => [name, 0]));
    let gradientBias = 0;
    for (const example of examples) {
      const error = pairProbability({ bias, weights }, example.features) - (example.linked ? 1 : 0);
      gradientBias += error;
      for (const [name, value] of Object.entries(example.features))
        gradient[name] = (gradient[name] ?? 0) + error * value;
    }
    bias -= (options.rate * gradientBias) / n;
    for (const name of names)
      weights[name] =
        (weights[name] ?? 0) - options.rate * ((gradient[name] ?? 0) / n + options.l2 * (weights[name] ?? 0));
  }
  const rounded = (x: number) => Math.round(x * 1000) / 1000;
  return {
    bias: rounded(bias),
    weights: Object.fromEntries(names.map((name) => [name, rounded(weights[name] ?? 0)])),
  };
}

export interface Scored {
  probability: number;
  linked: boolean;
  asked: boolean;
}

/** Each article's examples scored by a model fitted on the other articles. */
export function heldOutScores(examples: readonly Example[], options: FitOptions = FIT): Scored[] {
  const articles = [...new Set(examples.map((e) => e.article))];
  return articles.flatMap((article) => {
    const model = fitPairModel(
      examples.filter((e) => e.article !== article),
      options,
    );
    return examples
      .filter((e) => e.article === article)
      .map((e) => ({ probability: pairProbability(model, e.features), linked: e.linked, asked: e.asked }));
  });
}

/** The lowest threshold at which the accepted pairs (at least `least` of them) keep `precision`; 1 if none. */
export function chooseThreshold(scored: readonly Scored[], precision: number, least = 10): number {
  const sorted = [...scored].sort((a, b) => b.probability - a.probability);
  let best = 1;
  let linked = 0;
  for (const [i, s] of sorted.entries()) {
    if (s.linked) linked++;
    const accepted = i + 1;
    const next = sorted[i + 1];
    if (next && next.probability === s.probability) continue;
    if (accepted >= least && linked / accepted >= precision) best = s.probability;
  }
  return best;
}

/** Precision and recall of the accepted pairs at `threshold`, over all examples. */
export function acceptedFigures(scored: readonly Scored[], threshold: number) {
  const accepted = scored.filter((s) => s.probability >= threshold);
  const tp = accepted.filter((s) => s.linked).length;
  const positives = scored.filter((s) => s.linked).length;
  return {
    accepted: accepted.length,
    linked: tp,
    precision: accepted.length ? tp / accepted.length : 1,
    recall: positives ? tp / positives : 1,
    positives,
    examples: scored.length,
  };
}
