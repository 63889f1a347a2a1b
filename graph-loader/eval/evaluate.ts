// Extracts one split's articles on their own and scores them against the split's gold.

import type { CorpusExtraction } from "../model.ts";
import { extractCorpus } from "../pipeline.ts";
import { articleView } from "./article-view.ts";
import { EvalInputError, loadSplit } from "./load-split.ts";
import { type ArticleScore, SCORED_TYPES, type ScoreTotals, scoreArticle, totals } from "./score.ts";
import type { EvalSplit, SplitName } from "./splits.ts";

export interface GoldCounts {
  articles: number;
  /** Gold entities of scored types. */
  entities: number;
  relations: number;
}

export interface SplitResult {
  split: SplitName;
  frozen: boolean;
  gold: GoldCounts;
  articles: ArticleScore[];
  totals: ScoreTotals;
}

/**
 * Each split is extracted separately, so that no split's figures depend on another split's articles.
 * @throws EvalInputError when the split's gold or articles cannot be read
 */
export async function evaluateSplit(
  split: EvalSplit,
  extract: (paths: string[]) => Promise<CorpusExtraction> = extractCorpus,
): Promise<SplitResult> {
  const { golds, articlePaths } = await loadSplit(split);
  const result = await extract(articlePaths);
  const skipped = result.skipped.filter((s) => articlePaths.includes(s.path));
  if (skipped.length > 0) {
    throw new EvalInputError(
      `split ${split.name}: ${skipped.map((s) => `${s.path} was skipped (${s.message})`).join("; ")}`,
    );
  }
  const articles = golds.map((gold) => {
    const view = articleView(result, gold.article);
    return scoreArticle(gold, view.entities, view.relations);
  });
  const gold: GoldCounts = {
    articles: golds.length,
    entities: golds.reduce((n, g) => n + g.entities.filter((e) => SCORED_TYPES.includes(e.type)).length, 0),
    relations: golds.reduce((n, g) => n + g.relations.length, 0),
  };
  return { split: split.name, frozen: split.frozen, gold, articles, totals: totals(articles) };
}
