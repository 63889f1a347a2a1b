/**
 * Extract and write in one call: what `npm run load` and `npm start` (on an empty database) run.
 */
import type { Driver } from "neo4j-driver";
import { applySchema } from "../neo4j/schema.ts";
import type { CorpusExtraction } from "./model.ts";
import { type ExtractOptions, extractCorpus } from "./pipeline.ts";
import { type WriteProgress, type WriteSummary, writeExtraction } from "./write/writer.ts";

export interface LoadOptions extends ExtractOptions {
  database: string;
  /** Empty the database before loading. */
  reset?: boolean;
  onWriteProgress?: (progress: WriteProgress) => void;
}

export interface LoadResult {
  written: WriteSummary;
  skipped: CorpusExtraction["skipped"];
  warnings: string[];
}

export async function loadArticles(
  driver: Driver,
  paths: string[],
  options: LoadOptions,
): Promise<LoadResult> {
  const extraction = await extractCorpus(paths, options);
  if (options.reset) await emptyDatabase(driver, options.database);
  await applySchema(driver, options.database);
  const written = await writeExtraction(driver, extraction, {
    database: options.database,
    ...(options.onWriteProgress ? { onProgress: options.onWriteProgress } : {}),
  });
  return { written, skipped: extraction.skipped, warnings: extraction.warnings };
}

/** Deletes every node in batches (an implicit transaction, as CALL … IN TRANSACTIONS requires). */
export async function emptyDatabase(driver: Driver, database: string): Promise<void> {
  const session = driver.session({ database });
  try {
    await session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS");
  } finally {
    await session.close();
  }
}
