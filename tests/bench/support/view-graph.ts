/**
 * A graph of a known size for the rendering and export benchmarks, written straight into an emptied benchmark
 * database: `nodes` entities of five types, each linked to two others, so that an overview capped at `nodes` draws
 * exactly that many. With `articles`, each link cites one or two of that many articles (the export benchmark's
 * sources footer); without, links cite none. With `community`, entities come in groups of that many: most links
 * stay inside a group and one entity in ten also links to another group, as stories cluster in news (the
 * rendering benchmark, whose layout should draw the groups apart); without, targets are spread over the graph.
 */
import type { Driver } from "neo4j-driver";
import { emptyDatabase } from "../../../graph-loader/load.ts";
import { applySchema } from "../../../neo4j/schema.ts";

const DATABASE = "neo4j";
const ENTITY_TYPES = ["Person", "Organization", "Country", "Place", "Commodity"];
const RELATION_TYPES = ["DISPATCHES_WORKERS_TO", "EXPORTS_TO", "MEETS", "LOCATED_IN"];
const BATCH = 2000;

export async function writeViewGraph(
  driver: Driver,
  options: { nodes: number; articles?: number; community?: number },
) {
  const { nodes, articles = 0, community } = options;
  await emptyDatabase(driver, DATABASE);
  await applySchema(driver, DATABASE);
  const articleIds = (index: number) =>
    articles === 0
      ? []
      : [...new Set([`bench-article-${index % articles}`, `bench-article-${(index * 3) % articles}`])];
  const entities = Array.from({ length: nodes }, (_, index) => ({
    id: `bench:entity-${index}`,
    name: `Entity ${index}`,
    type: ENTITY_TYPES[index % ENTITY_TYPES.length],
  }));
  const links = entities.flatMap((_, index) =>
    [7, 13].map((step, which) => {
      const target = community
        ? communityTarget(index, which, step, community, nodes)
        : (index * step + 1 + which * 5) % nodes;
      const cited = articleIds(index);
      return {
        key: `bench-link-${index}-${which}`,
        source: `bench:entity-${index}`,
        target: `bench:entity-${target === index ? (target + 1) % nodes : target}`,
        type: RELATION_TYPES[(index + which) % RELATION_TYPES.length],
        articles: cited,
        sourceCount: cited.length || 1 + ((index + which) % 4),
      };
    }),
  );
  const write = async (cypher: string, rows: unknown[]) => {
    for (let start = 0; start < rows.length; start += BATCH) {
      await driver.executeQuery(cypher, { rows: rows.slice(start, start + BATCH) }, { database: DATABASE });
    }
  };
  await write(
    "UNWIND $rows AS row CREATE (:Article {id: row.id, title: row.title, source: row.source, published: row.published, precision: 'day'})",
    Array.from({ length: articles }, (_, index) => ({
      id: `bench-article-${index}`,
      title: `Synthetic report ${index}`,
      source: `Outlet ${index % 4}`,
      published: `2024-${String((index % 12) + 1).padStart(2, "0")}-15`,
    })),
  );
  await write(
    "UNWIND $rows AS row CREATE (e:Entity {id: row.id, name: row.name, type: row.type}) SET e:$(row.type)",
    entities,
  );
  await write(
    `UNWIND $rows AS row
     MATCH (a:Entity {id: row.source}), (b:Entity {id: row.target})
     CREATE (a)-[:$(row.type) {key: row.key, articles: row.articles, articleCount: row.sourceCount,
       sourceCount: row.sourceCount, firstPublished: '2024-01-15'}]->(b)`,
    links,
  );
}

/** A link target inside the entity's own group; for one entity in ten, the second link goes to another group. */
function communityTarget(index: number, which: number, step: number, size: number, nodes: number): number {
  const start = index - (index % size);
  const groupSize = Math.min(size, nodes - start);
  if (which === 1 && index % 10 === 0) return (start + size * (1 + (index % 7)) + (index % size)) % nodes;
  return start + (((index - start) * step + 1 + which * 5) % groupSize);
}
