/**
 * Writes an extraction into Neo4j: batched UNWIND … MERGE, idempotent (writing the same extraction twice changes
 * nothing) and incremental (an article's earlier evidence and mentions are replaced, new articles merge into
 * existing entities). Articles go in groups, one write transaction each (article-groups.ts): the old evidence and
 * mentions of a group's articles are deleted in the same transaction that writes the new, so a reader never sees
 * an article half loaded and a load killed at any point leaves every article as it was or as it is now.
 */
import type { Driver, ManagedTransaction } from "neo4j-driver";
import { assertRelationType } from "../../neo4j/schema.ts";
import type { CorpusExtraction } from "../model.ts";
import { type ArticleGroup, articleGroups } from "./article-groups.ts";
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
type Stage = Exclude<WriteProgress["stage"], "cleanup">;

export async function writeExtraction(
  driver: Driver,
  extraction: Extraction,
  options: WriteOptions,
): Promise<WriteSummary> {
  const rows = toWriteRows(extraction);
  const size = options.batchSize ?? 1000;
  const totals = stageRows(rows);
  const done = new Map<Stage, number>();
  for (const group of articleGroups(rows, size * 3)) {
    const claims = await writeGroup(driver, options.database, group, size);
    // Reported after the commit, never inside a transaction: a slow listener must not hold its locks.
    for (const [stage, count] of Object.entries({ ...stageRows(group.rows), claims }) as [Stage, number][]) {
      done.set(stage, (done.get(stage) ?? 0) + count);
      const total = stage === "claims" ? (done.get(stage) ?? 0) : totals[stage];
      options.onProgress?.({ stage, done: done.get(stage) ?? 0, total });
    }
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

/** One group of articles, old evidence and mentions out and new in, in one transaction; returns claims refreshed. */
async function writeGroup(driver: Driver, database: string, group: ArticleGroup, size: number) {
  const session = driver.session({ database });
  try {
    return await session.executeWrite(async (tx: ManagedTransaction) => {
      const { rows } = group;
      const cleared = await tx.run(cypher.CLEAR_ARTICLE_EVIDENCE, { ids: group.ids });
      const unlinked = await tx.run(cypher.CLEAR_ARTICLE_MENTIONS, { ids: group.ids });
      const write = (statement: string, items: unknown[]) => inBatches(tx, statement, items, size);
      await write(cypher.MERGE_ARTICLES, rows.articles);
      await write(cypher.MERGE_MENTIONS, rows.mentions);
      await write(cypher.MERGE_EVIDENCE, rows.evidence);
      // Labels and relation types are dynamic in these statements: one query plan for all of them.
      await write(cypher.MERGE_RELATIONS, relationRows(rows));
      await write(cypher.MERGE_ENTITIES, [...rows.entitiesByLabel.values()].flat());
      const stale = staleClaimsByType(listOf(cleared.records[0]?.get("claims")), rows);
      const ends: string[] = [];
      for (const [type, claims] of stale) {
        const deleted = await tx.run(cypher.refreshClaims(type), { rows: claims });
        ends.push(...listOf(deleted.records[0]?.get("ends")));
      }
      const orphans = [...listOf(unlinked.records[0]?.get("entities")), ...ends].filter(
        (id) => !group.linkedLater.has(id),
      );
      if (orphans.length > 0) await tx.run(cypher.DELETE_ORPHANS_AMONG, { ids: orphans });
      return [...stale.values()].reduce((sum, claims) => sum + claims.length, 0);
    });
  } finally {
    await session.close();
  }
}

async function inBatches(tx: ManagedTransaction, statement: string, items: unknown[], size: number) {
  for (let offset = 0; offset < items.length; offset += size) {
    await tx.run(statement, { rows: items.slice(offset, offset + size) });
  }
}

function relationRows(rows: WriteRows) {
  return [...rows.relationsByType].flatMap(([type, list]) => list.map((row) => ({ ...row, type })));
}

function stageRows(rows: WriteRows): Record<Exclude<Stage, "claims">, number> {
  return {
    clear: rows.articles.length,
    articles: rows.articles.length,
    mentions: rows.mentions.length,
    evidence: rows.evidence.length,
    relations: [...rows.relationsByType.values()].reduce((sum, list) => sum + list.length, 0),
    entities: [...rows.entitiesByLabel.values()].reduce((sum, list) => sum + list.length, 0),
  };
}

function listOf(value: unknown): string[] {
  return Array.isArray(value) ? (value as string[]) : [];
}

/**
 * Relations whose evidence is gone, then entities left unconnected, anywhere in the graph: what an interrupted
 * load of an earlier version, or a correction, may have left.
 */
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
