/**
 * The baseline for the loader's write stage: the same rows written by plain UNWIND … MERGE statements, with none
 * of the loader's bookkeeping (clearing an article's old evidence, alias text, claim support, orphan cleanup).
 */
import type { Driver } from "neo4j-driver";
import type { WriteRows } from "../../../graph-loader/write/rows.ts";

const BATCH = 1000;

export async function bareWrite(driver: Driver, rows: WriteRows): Promise<void> {
  await send(driver, "UNWIND $rows AS row MERGE (a:Article {id: row.id}) SET a += row", rows.articles);
  for (const [label, entities] of rows.entitiesByLabel) {
    await send(
      driver,
      `UNWIND $rows AS row MERGE (e:Entity {id: row.id}) SET e:${label}, e += row`,
      entities,
    );
  }
  await send(
    driver,
    `UNWIND $rows AS row MATCH (a:Article {id: row.article}) MATCH (e:Entity {id: row.entity})
     MERGE (a)-[m:MENTIONS]->(e) SET m.count = row.count, m.starts = row.starts, m.ends = row.ends`,
    rows.mentions,
  );
  for (const [type, relations] of rows.relationsByType) {
    await send(
      driver,
      `UNWIND $rows AS row MATCH (s:Entity {id: row.source}) MATCH (t:Entity {id: row.target})
       MERGE (s)-[r:${type} {key: row.key}]->(t) SET r.routeId = row.routeId, r.legIndex = row.legIndex`,
      relations,
    );
  }
  await send(
    driver,
    `UNWIND $rows AS row MATCH (a:Article {id: row.article})
     MERGE (v:Evidence {id: row.id}) SET v += row MERGE (v)-[:FROM_ARTICLE]->(a)`,
    rows.evidence,
  );
}

async function send(driver: Driver, statement: string, items: unknown[]): Promise<void> {
  for (let offset = 0; offset < items.length; offset += BATCH) {
    await driver.executeQuery(statement, { rows: items.slice(offset, offset + BATCH) });
  }
}
