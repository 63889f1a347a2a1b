/**
 * Extraction speed (sentences/s) and write speed (relationships/s) of the loader on a synthetic corpus, with the
 * write stage timed side by side against a bare UNWIND … MERGE script writing the same rows.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { splitSentences } from "../../../graph-loader/extract/sentences.ts";
import { emptyDatabase } from "../../../graph-loader/load.ts";
import type { CorpusExtraction } from "../../../graph-loader/model.ts";
import { extractCorpus } from "../../../graph-loader/pipeline.ts";
import { threadsPerCore } from "../../../graph-loader/threads/extract-pool.ts";
import { toWriteRows } from "../../../graph-loader/write/rows.ts";
import { writeExtraction } from "../../../graph-loader/write/writer.ts";
import { applySchema } from "../../../neo4j/schema.ts";
import { generateCorpus, writeCorpus } from "../corpus/generate.ts";
import { type BenchRow, median, timed } from "../support/stats.ts";
import { bareWrite } from "./bare-write.ts";

const DATABASE = "neo4j";

export async function benchLoader(
  driver: Driver,
  options: { articles: number; runs: number },
): Promise<BenchRow[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "graphbrief-bench-corpus-"));
  const files = writeCorpus(dir, generateCorpus(options.articles));
  await extractCorpus(files.slice(0, 1)); // builds the gazetteer once, outside the timings
  const extractions: { ms: number; value: CorpusExtraction }[] = [];
  for (let run = 0; run < options.runs; run++) extractions.push(await timed(() => extractCorpus(files)));
  // The same corpus on one worker thread per core, the pool's start (each thread loads its gazetteer) included.
  const threads = threadsPerCore();
  const threaded: number[] = [];
  for (let run = 0; run < options.runs; run++)
    threaded.push((await timed(() => extractCorpus(files, { threads }))).ms);
  const extraction = extractions[0]?.value;
  if (!extraction) throw new Error("benchLoader needs at least one run");
  const sentences = extraction.articles.reduce(
    (sum, article) => sum + splitSentences(article.text).length,
    0,
  );
  const relationships = relationshipCount(extraction);

  const loaderMs: number[] = [];
  const bareMs: number[] = [];
  for (let run = 0; run < options.runs; run++) {
    loaderMs.push(
      await onEmptyDatabase(driver, () => writeExtraction(driver, extraction, { database: DATABASE })),
    );
    bareMs.push(await onEmptyDatabase(driver, () => bareWrite(driver, toWriteRows(extraction))));
  }
  fs.rmSync(dir, { recursive: true, force: true });
  const loaderRate = relationships / (median(loaderMs) / 1000);
  const bareRate = relationships / (median(bareMs) / 1000);
  const name = `loader (${options.articles} articles)`;
  return [
    {
      bench: name,
      metric: "extraction",
      unit: "sentences/s",
      value: sentences / (median(extractions.map((e) => e.ms)) / 1000),
      better: "higher",
      runs: options.runs,
    },
    {
      bench: name,
      metric: `extraction speed-up, ${threads} threads vs 1`,
      unit: "x",
      value: median(extractions.map((e) => e.ms)) / median(threaded),
      better: "higher",
      runs: options.runs,
    },
    {
      bench: name,
      metric: "write",
      unit: "relationships/s",
      value: loaderRate,
      baseline: bareRate,
      ratio: loaderRate / bareRate,
      better: "higher",
      runs: options.runs,
    },
  ];
}

async function onEmptyDatabase(driver: Driver, work: () => Promise<unknown>): Promise<number> {
  await emptyDatabase(driver, DATABASE);
  await applySchema(driver, DATABASE);
  return (await timed(work)).ms;
}

/** What the write stage creates as relationships: mentions, entity relations, and evidence links. */
function relationshipCount(extraction: CorpusExtraction): number {
  const evidence = extraction.relations.reduce((sum, relation) => sum + relation.evidence.length, 0);
  return extraction.mentions.length + extraction.relations.length + evidence;
}
