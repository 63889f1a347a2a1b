/**
 * The export benchmark's graph, written straight into an emptied benchmark database: 1,000 entities of five types
 * with 2,000 links between them, each link citing one or two of 20 articles, so that the overview draws a
 * 1,000-node view whose briefing frame has a legend and a sources footer.
 */
import type { Driver } from "neo4j-driver";
import { emptyDatabase } from "../../../graph-loader/load.ts";
import { applySchema } from "../../../neo4j/schema.ts";

const DATABASE = "neo4j";
export const VIEW_NODES = 1000;
const ARTICLES = 20;
const ENTITY_TYPES = ["Person", "Organization", "Country", "Place", "Commodity"];
const RELATION_TYPES = ["DISPATCHES_WORKERS_TO", "EXPORTS_TO", "MEETS", "LOCATED_IN"];

export async function writeViewGraph(driver: Driver): Promise<void> {
  await emptyDatabase(driver, DATABASE);
  await applySchema(driver, DATABASE);
  const articles = Array.from({ length: ARTICLES }, (_, index) => ({
    id: `bench-article-${index}`,
    title: `Synthetic report ${index}`,
    source: `Outlet ${index % 4}`,
    published: `2024-${String((index % 12) + 1).padStart(2, "0")}-15`,
  }));
  const entities = Array.from({ length: VIEW_NODES }, (_, index) => ({
    id: `bench:entity-${index}`,
    name: `Entity ${index}`,
    type: ENTITY_TYPES[index % ENTITY_TYPES.length],
  }));
  const links = entities.flatMap((_, index) =>
    [7, 13].map((step, which) => {
      const target = (index * step + 1 + which * 5) % VIEW_NODES;
      return {
        key: `bench-link-${index}-${which}`,
        source: `bench:entity-${index}`,
        target: `bench:entity-${target === index ? (target + 1) % VIEW_NODES : target}`,
        type: RELATION_TYPES[(index + which) % RELATION_TYPES.length],
        articles: [
          ...new Set([`bench-article-${index % ARTICLES}`, `bench-article-${(index * 3) % ARTICLES}`]),
        ],
      };
    }),
  );
  const write = (cypher: string, rows: unknown[]) =>
    driver.executeQuery(cypher, { rows }, { database: DATABASE });
  await write(
    "UNWIND $rows AS row CREATE (:Article {id: row.id, title: row.title, source: row.source, published: row.published, precision: 'day'})",
    articles,
  );
  await write(
    "UNWIND $rows AS row CREATE (e:Entity {id: row.id, name: row.name, type: row.type}) SET e:$(row.type)",
    entities,
  );
  await write(
    `UNWIND $rows AS row
     MATCH (a:Entity {id: row.source}), (b:Entity {id: row.target})
     CREATE (a)-[:$(row.type) {key: row.key, articles: row.articles, articleCount: size(row.articles),
       sourceCount: size(row.articles), firstPublished: '2024-01-15'}]->(b)`,
    links,
  );
}
