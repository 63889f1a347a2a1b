/**
 * Loads the sample articles (graph-loader/articles) into an empty database, so that a fresh start shows a graph.
 */
import fs from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../../config/env.ts";
import type { Neo4jConnection } from "../../neo4j/connection.ts";

export const SAMPLE_ARTICLES_DIR = path.join(PROJECT_ROOT, "graph-loader", "articles");

export async function loadSampleCorpusIfEmpty(connection: Neo4jConnection, log: (line: string) => void) {
  const { records } = await connection.driver.executeQuery(
    "MATCH (n) RETURN count(n) > 0 AS hasData",
    {},
    { database: connection.database },
  );
  if (records[0]?.get("hasData")) return;
  log("The database is empty: loading the sample articles…");
  const articles = sampleArticleFiles().map((file) => ({ id: path.parse(file).name, title: titleOf(file) }));
  await connection.driver.executeQuery(
    "UNWIND $articles AS article MERGE (a:Article {id: article.id}) SET a.title = article.title",
    { articles },
    { database: connection.database },
  );
  log(`Loaded ${articles.length} sample articles.`);
}

function sampleArticleFiles(): string[] {
  return fs
    .readdirSync(SAMPLE_ARTICLES_DIR)
    .filter((name) => /\.(md|txt)$/.test(name))
    .sort()
    .map((name) => path.join(SAMPLE_ARTICLES_DIR, name));
}

function titleOf(file: string): string {
  const text = fs.readFileSync(file, "utf8");
  return /^title:\s*"?(.+?)"?\s*$/m.exec(text)?.[1] ?? path.parse(file).name;
}
