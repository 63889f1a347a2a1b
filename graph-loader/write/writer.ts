/**
 * Writes an extraction into Neo4j: batched UNWIND … MERGE in write transactions, idempotent (writing the same
 * extraction twice changes nothing) and incremental (an article's earlier evidence and mentions are replaced,
 * new articles merge into existing entities). Relations and entities left without support are removed.
 */
import type { Driver, ManagedTransaction } from "neo4j-driver";
import { assertRelationType } from "../../neo4j/schema.ts";
import type { CorpusExtraction } from "../model.ts";
import { toWriteRows, type WriteRows } from "./rows.ts";
import * as cypher from "./statements.ts";

export interface WriteProgress {
  stage: "clear" | "articles" | "entities" | "mentions" | "relations" | "evidence" | "claims" | "cleanup";
  done: number;
  total: number;
}

export interface WriteOptions {
  database: string;
  batchSize?: number;
  onProgress?: (progress: WriteProgress) => void;
}

export interface WriteSummary {
  articles: number;
  entities: number;
  relations: number;
  evidence: number;
  mentions: number;
}

type Extraction = Pick<CorpusExtraction, "articles" | "entities" | "relations" | "mentions">;

export async function writeExtraction(
  driver: Driver,
  extraction: Extraction,
  options: WriteOptions,
): Promise<WriteSummary> {
  const rows = toWriteRows(extraction);
  const write = batchWriter(driver, options);
  const staleClaims = await clearArticles(
    driver,
    options.database,
    rows.articles.map((a) => a.id),
  );
  options.onProgress?.({ stage: "clear", done: rows.articles.length, total: rows.articles.length });
  await write("articles", cypher.MERGE_ARTICLES, rows.articles);
  // Mentions and relations merge their entities and come first, so that no entity of this load is ever
  // committed without a link: another load's cleanup (removeUnsupported) would delete it in between.
  await write("mentions", cypher.MERGE_MENTIONS, rows.mentions);
  await write("evidence", cypher.MERGE_EVIDENCE, rows.evidence);
  // Labels and relation types are dynamic in these statements: one query plan for all of them.
  const relations = [...rows.relationsByType].flatMap(([type, list]) =>
    list.map((row) => ({ ...row, type })),
  );
  await write("relations", cypher.MERGE_RELATIONS, relations);
  await write("entities", cypher.MERGE_ENTITIES, [...rows.entitiesByLabel.values()].flat());
  for (const [type, claims] of staleClaimsByType(staleClaims, rows)) {
    await write("claims", cypher.refreshClaims(type), claims);
  }
  await removeUnsupported(driver, options.database);
  options.onProgress?.({ stage: "cleanup", done: 1, total: 1 });
  return {
    articles: rows.articles.length,
    entities: extraction.entities.length,
    relations: extraction.relations.length,
    evidence: rows.evidence.length,
    mentions: rows.mentions.length,
  };
}

/** Sends rows in batches, one write transaction per batch, reporting progress per stage. */
function batchWriter(driver: Driver, options: WriteOptions) {
  const size = options.batchSize ?? 1000;
  return async (stage: WriteProgress["stage"], statement: string, items: unknown[]) => {
    for (let offset = 0; offset < items.length; offset += size) {
      const batch = items.slice(offset, offset + size);
      await driver.executeQuery(statement, { rows: batch }, { database: options.database, routing: "WRITE" });
      options.onProgress?.({ stage, done: Math.min(offset + size, items.length), total: items.length });
    }
  };
}

async function clearArticles(driver: Driver, database: string, ids: string[]): Promise<string[]> {
  const session = driver.session({ database });
  try {
    return await session.executeWrite(async (tx: ManagedTransaction) => {
      const result = await tx.run(cypher.CLEAR_ARTICLE_EVIDENCE, { ids });
      await tx.run(cypher.CLEAR_ARTICLE_MENTIONS, { ids });
      return (result.records[0]?.get("claims") as string[] | undefined) ?? [];
    });
  } finally {
    await session.close();
  }
}

/** Relations whose evidence is gone (e.g. a load interrupted after clearing), then entities left unconnected. */
async function removeUnsupported(driver: Driver, database: string): Promise<void> {
  await driver.executeQuery(cypher.DELETE_UNSUPPORTED_RELATIONS, {}, { database, routing: "WRITE" });
  await driver.executeQuery(cypher.DELETE_ORPHAN_ENTITIES, {}, { database, routing: "WRITE" });
}

/** Claims that lost evidence and were not written again, grouped by relation type (read from the claim key). */
function staleClaimsByType(stale: string[], rows: WriteRows): Map<string, string[]> {
  const written = new Set([...rows.relationsByType.values()].flat().map((row) => row.key));
  const byType = new Map<string, string[]>();
  for (const claim of stale.filter((key) => !written.has(key))) {
    const type = assertRelationType(claim.split("|")[1] ?? "");
    byType.set(type, [...(byType.get(type) ?? []), claim]);
  }
  return byType;
}
