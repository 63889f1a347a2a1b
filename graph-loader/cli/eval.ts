// `npm run eval`: extracts the sample and fixture articles and scores them against the gold annotations.

import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { articleView } from "../eval/article-view.ts";
import { goldSchema } from "../eval/gold-schema.ts";
import { type ArticleScore, type Prf, scoreArticle, totals } from "../eval/score.ts";
import { DEFAULT_ARTICLES_DIR, extractCorpus } from "../pipeline.ts";

const GOLD_DIR = new URL("../eval/gold/", import.meta.url).pathname;
const FIXTURES_DIR = new URL("../../tests/fixtures/articles/", import.meta.url).pathname;
const DEV_DIR = new URL("../eval/corpus/dev/", import.meta.url).pathname;
/** The frozen test split is left out here: its per-article figures are never printed. */
const SPLITS = ["samples", "dev"];

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(6);
const line = (label: string, p: Prf) =>
  `${label} P ${pct(p.precision)}  R ${pct(p.recall)}  F1 ${pct(p.f1)}  (tp ${p.tp}, fp ${p.fp}, fn ${p.fn})`;

function report(s: ArticleScore, verbose: boolean): string {
  const out = [`## ${s.article}`, line("  entities ", s.entities), line("  relations", s.relations)];
  if (verbose) {
    const list = (title: string, items: string[]) =>
      items.length ? [`  ${title}:`, ...items.map((i) => `    - ${i}`)] : [];
    out.push(...list("missed entities", s.missedEntities), ...list("false entities", s.falseEntities));
    out.push(...list("missed relations", s.missedRelations), ...list("false relations", s.falseRelations));
  }
  return out.join("\n");
}

async function main(argv: string[]): Promise<void> {
  const verbose = !argv.includes("--quiet");
  const result = await extractCorpus([DEFAULT_ARTICLES_DIR, FIXTURES_DIR, DEV_DIR]);
  const files: string[] = [];
  for (const split of SPLITS) {
    const names = (await readdir(join(GOLD_DIR, split))).filter((f) => f.endsWith(".json")).sort();
    files.push(...names.map((f) => join(split, f)));
  }
  const scores: ArticleScore[] = [];
  for (const file of files) {
    const gold = goldSchema.parse(JSON.parse(await readFile(join(GOLD_DIR, file), "utf8")));
    const view = articleView(result, gold.article);
    scores.push(scoreArticle(gold, view.entities, view.relations));
  }
  for (const s of scores) process.stdout.write(`${report(s, verbose)}\n\n`);
  const all = totals(scores);
  process.stdout.write(
    `## overall (${scores.length} articles)\n${line("  entities ", all.entities)}\n${line("  relations", all.relations)}\n`,
  );
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(
    `graph-loader/eval: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 2;
});
