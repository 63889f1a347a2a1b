/**
 * Loads the sample articles (graph-loader/articles) into an empty database, so that a fresh start shows a graph.
 */

import { loadArticles } from "../../graph-loader/load.ts";
import { DEFAULT_ARTICLES_DIR } from "../../graph-loader/pipeline.ts";
import type { Neo4jConnection } from "../../neo4j/connection.ts";

export async function loadSampleCorpusIfEmpty(connection: Neo4jConnection, log: (line: string) => void) {
  const { records } = await connection.driver.executeQuery(
    "MATCH (n) RETURN count(n) > 0 AS hasData",
    {},
    { database: connection.database },
  );
  if (records[0]?.get("hasData")) return;
  log("The database is empty: loading the sample articles…");
  const result = await loadArticles(connection.driver, [DEFAULT_ARTICLES_DIR], {
    database: connection.database,
  });
  for (const skipped of result.skipped) log(`Skipped ${skipped.path}: ${skipped.message}`);
  const { articles, entities, relations } = result.written;
  log(`Loaded ${articles} sample articles: ${entities} entities, ${relations} relations.`);
}
