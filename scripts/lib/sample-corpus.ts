/**
 * Loads the sample articles (graph-loader/articles) into an empty database, so that a fresh start shows a graph.
 * The load runs in a loader process of its own (see loader-process.ts): the server keeps none of its memory.
 */
import path from "node:path";
import { PROJECT_ROOT } from "../../config/env.ts";
import type { Neo4jConnection } from "../../neo4j/connection.ts";
import { runLoaderProcess } from "./loader-process.ts";

/** The sample corpus; named here rather than imported from the pipeline, which would pull the extractor in. */
const SAMPLE_ARTICLES_DIR = path.join(PROJECT_ROOT, "graph-loader", "articles");

/**
 * `resume`: an earlier sample load was cut off by a database outage and may have written part of the corpus, so the
 * database is no longer empty; the load runs again whole (reloading an article replaces it, so nothing doubles).
 */
export async function loadSampleCorpusIfEmpty(
  connection: Neo4jConnection,
  log: (line: string) => void,
  { resume = false }: { resume?: boolean } = {},
) {
  if (resume) {
    log("The sample load was cut off by a database outage: loading the sample articles again…");
  } else {
    const { records } = await connection.driver.executeQuery(
      "MATCH (n) RETURN count(n) > 0 AS hasData",
      {},
      { database: connection.database },
    );
    if (records[0]?.get("hasData")) return;
    log("The database is empty: loading the sample articles…");
  }
  const outcome = await runLoaderProcess(
    { target: connection.target, paths: [SAMPLE_ARTICLES_DIR], onlyIfEmpty: !resume },
    log,
  );
  for (const skipped of outcome.skipped) log(`Skipped ${skipped.path}: ${skipped.message}`);
  if (outcome.loaded)
    log(
      `Loaded ${outcome.articles} sample articles: ${outcome.entities} entities, ${outcome.relations} relations.`,
    );
}
