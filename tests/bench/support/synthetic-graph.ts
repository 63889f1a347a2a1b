/**
 * Loads the synthetic corpus into the benchmark's Neo4j with the real loader (extract, then write), on an empty
 * database, timing the two stages apart. The graph the API, memory and growth benchmarks query.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { emptyDatabase } from "../../../graph-loader/load.ts";
import { extractCorpus } from "../../../graph-loader/pipeline.ts";
import { type WriteSummary, writeExtraction } from "../../../graph-loader/write/writer.ts";
import { applySchema } from "../../../neo4j/schema.ts";
import { generateCorpus, writeCorpus } from "../corpus/generate.ts";
import { timed } from "./stats.ts";

const DATABASE = "neo4j";

export interface SyntheticLoad {
  articles: number;
  extractMs: number;
  writeMs: number;
  written: WriteSummary;
}

/** Writes `articles` synthetic articles to a temporary folder; remove it with fs.rmSync when done. */
export function syntheticCorpusDir(articles: number): { dir: string; files: string[] } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "graphbrief-bench-corpus-"));
  return { dir, files: writeCorpus(dir, generateCorpus(articles)) };
}

export async function loadSyntheticGraph(driver: Driver, articles: number): Promise<SyntheticLoad> {
  const { dir, files } = syntheticCorpusDir(articles);
  try {
    await emptyDatabase(driver, DATABASE);
    await applySchema(driver, DATABASE);
    await extractCorpus(files.slice(0, 1)); // builds the gazetteer once, outside the timings
    const extraction = await timed(() => extractCorpus(files));
    const write = await timed(() => writeExtraction(driver, extraction.value, { database: DATABASE }));
    return { articles, extractMs: extraction.ms, writeMs: write.ms, written: write.value };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
