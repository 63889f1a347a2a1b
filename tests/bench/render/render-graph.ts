/**
 * The render benchmark's graph, written straight into an emptied benchmark database: `count` entities of five
 * types, each linked to two others, so that an overview capped at `count` draws exactly `count` nodes.
 */
import type { Driver } from "neo4j-driver";
import { emptyDatabase } from "../../../graph-loader/load.ts";
import { applySchema } from "../../../neo4j/schema.ts";

const DATABASE = "neo4j";
const ENTITY_TYPES = ["Person", "Organization", "Country", "Place", "Commodity"];
const RELATION_TYPES = ["DISPATCHES_WORKERS_TO", "EXPORTS_TO", "MEETS", "LOCATED_IN"];
const BATCH = 2000;

export async function writeRenderGraph(driver: Driver, count: number): Promise<void> {
  await emptyDatabase(driver, DATABASE);
  await applySchema(driver, DATABASE);
  const entities = Array.from({ length: count }, (_, index) => ({
    id: `render:entity-${index}`,
    name: `Entity ${index}`,
    type: ENTITY_TYPES[index % ENTITY_TYPES.length],
  }));
  const links = entities.flatMap((_, index) =>
    [7, 13].map((step, which) => {
      const target = (index * step + 1 + which * 5) % count;
      return {
        key: `render-link-${index}-${which}`,
        source: `render:entity-${index}`,
        target: `render:entity-${target === index ? (target + 1) % count : target}`,
        type: RELATION_TYPES[(index + which) % RELATION_TYPES.length],
        sourceCount: 1 + ((index + which) % 4),
      };
    }),
  );
  const write = async (cypher: string, rows: unknown[]) => {
    for (let start = 0; start < rows.length; start += BATCH) {
      await driver.executeQuery(cypher, { rows: rows.slice(start, start + BATCH) }, { database: DATABASE });
    }
  };
  await write(
    "UNWIND $rows AS row CREATE (e:Entity {id: row.id, name: row.name, type: row.type}) SET e:$(row.type)",
    entities,
  );
  await write(
    `UNWIND $rows AS row
     MATCH (a:Entity {id: row.source}), (b:Entity {id: row.target})
     CREATE (a)-[:$(row.type) {key: row.key, articles: [], articleCount: row.sourceCount,
       sourceCount: row.sourceCount, firstPublished: '2024-01-15'}]->(b)`,
    links,
  );
}
