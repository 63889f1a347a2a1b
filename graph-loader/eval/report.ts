// Turns split results into the text tables and JSON that `npm run eval` prints. Pure.

import type { SplitResult } from "./evaluate.ts";
import { type ArticleScore, type Prf, type ScoreTotals, totals } from "./score.ts";

const num = (x: number) => x.toFixed(2);
const prf3 = (p: Prf) => `${num(p.precision)} ${num(p.recall)} ${num(p.f1)}`;
const pr2 = (p: Prf) => `${num(p.precision)} ${num(p.recall)}`;
const COLUMNS = ["entities P R F1", "relations P R F1", "pairs(claims) P R", "pairs(+co-mentions) P R"];

function row(label: string, width: number, t: ScoreTotals): string {
  const cells = [prf3(t.entities), prf3(t.relations), pr2(t.pairs.claims), pr2(t.pairs.withCoMentions)];
  return `${label.padEnd(width)}  ${cells.map((c, i) => c.padEnd(COLUMNS[i]?.length ?? 0)).join("  ")}`.trimEnd();
}

function counts(t: ScoreTotals): string {
  const c = (name: string, p: Prf) => `${name} tp ${p.tp} fp ${p.fp} fn ${p.fn}`;
  return [
    c("entities", t.entities),
    c("relations", t.relations),
    c("pairs(claims)", t.pairs.claims),
    c("pairs(+co-mentions)", t.pairs.withCoMentions),
  ].join("; ");
}

function details(s: ArticleScore): string[] {
  const list = (title: string, items: string[]) =>
    items.length ? [`  ${title} (${items.length}):`, ...items.map((i) => `    - ${i}`)] : [];
  const missedPairs = s.missedPairs.map(
    (m) => `${m.pair}${m.coMentioned ? " [co-mention only]" : ""} — "${m.evidence}"`,
  );
  return [
    `### ${s.article}`,
    ...list("missed entities", s.missedEntities),
    ...list("false entities", s.falseEntities),
    ...list("missed pairs (claims)", missedPairs),
    ...list("false pairs (claims)", s.falsePairs),
  ];
}

/** One table per split; a frozen split shows its totals only, whatever `verbose` says. */
export function formatSplit(result: SplitResult, verbose: boolean): string {
  const shown = result.frozen ? [] : result.articles;
  const width = Math.max(24, ...shown.map((s) => s.article.length));
  const g = result.gold;
  const lines = [
    `## ${result.split}${result.frozen ? " (frozen: totals only)" : ""} — ${g.articles} articles, ${g.entities} gold entities, ${g.relations} gold relations`,
    `${"".padEnd(width)}  ${COLUMNS.join("  ")}`,
    ...shown.map((s) => row(s.article, width, s)),
    row("total", width, result.totals),
    `  (${counts(result.totals)})`,
  ];
  if (verbose && !result.frozen) for (const s of result.articles) lines.push("", ...details(s));
  return lines.join("\n");
}

export function overallTotals(results: SplitResult[]): ScoreTotals {
  return totals(results.flatMap((r) => r.articles));
}

export function formatOverall(results: SplitResult[]): string {
  const t = overallTotals(results);
  const n = results.reduce((k, r) => k + r.gold.articles, 0);
  const width = 24;
  return [
    `## overall — ${n} articles in ${results.map((r) => r.split).join(", ")}`,
    `${"".padEnd(width)}  ${COLUMNS.join("  ")}`,
    row("total", width, t),
    `  (${counts(t)})`,
  ].join("\n");
}

/** Machine-readable results; a frozen split carries no per-article entries. */
export function toJson(results: SplitResult[]) {
  return {
    splits: results.map((r) => ({
      split: r.split,
      frozen: r.frozen,
      gold: r.gold,
      totals: r.totals,
      ...(r.frozen ? {} : { articles: r.articles }),
    })),
    overall: overallTotals(results),
  };
}
