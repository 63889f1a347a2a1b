/**
 * Builds a known graph in the shape of neo4j/schema.ts with plain CREATE statements (not the loader): articles,
 * typed entities, typed relations carrying key/confidence/sourceCount/articles (and routeId/legIndex for route
 * legs), one Evidence node per stating article, and MENTIONS from each article to the entities it states.
 */
import { createHash } from "node:crypto";
import neo4j, { type Driver } from "neo4j-driver";
import { assertEntityLabel, assertRelationType } from "../../../../neo4j/schema.ts";
import { TEST_DATABASE } from "../../support/database.ts";

export interface ArticleSpec {
  id: string;
  title: string;
  source: string | null;
  published: string | null;
  precision: "day" | "month" | "year" | "unknown";
}

export interface EntitySpec {
  id: string;
  name: string;
  type: string;
  aliases?: string[];
}

export interface RelationSpec {
  source: string;
  type: string;
  target: string;
  /** Article id -> the sentence of that article stating the relation. */
  evidence: Record<string, string>;
  route?: { id: string; leg: number };
}

export interface GraphSpec {
  articles: ArticleSpec[];
  entities: EntitySpec[];
  relations: RelationSpec[];
  /** Mentions besides the ends of stated relations (amounts, dates…), as article id -> entity ids. */
  mentions?: Record<string, string[]>;
}

const run = (driver: Driver, cypher: string, params: Record<string, unknown>) =>
  driver.executeQuery(cypher, params, { database: TEST_DATABASE });

export function claimKey(relation: RelationSpec): string {
  const base = `${relation.source}|${relation.type}|${relation.target}`;
  return relation.route ? `${base}|${relation.route.id}#${relation.route.leg}` : base;
}

export async function createGraph(driver: Driver, spec: GraphSpec): Promise<void> {
  const articles = spec.articles.map((article) => ({
    ...article,
    text: "",
    url: null,
    authors: [],
    language: "en",
  }));
  await run(driver, "UNWIND $articles AS row CREATE (a:Article) SET a = row", { articles });
  for (const entity of spec.entities) {
    const label = assertEntityLabel(entity.type);
    const aliases = entity.aliases ?? [];
    await run(driver, `CREATE (e:Entity:${label}) SET e = $row`, {
      row: { ...entity, aliases, aliasText: aliases.join(" | ") },
    });
  }
  for (const relation of spec.relations) await createRelation(driver, spec, relation);
  await createMentions(driver, spec);
}

async function createRelation(driver: Driver, spec: GraphSpec, relation: RelationSpec) {
  const type = assertRelationType(relation.type);
  const key = claimKey(relation);
  const articleIds = Object.keys(relation.evidence);
  const sources = new Set(
    articleIds.map((id) => spec.articles.find((article) => article.id === id)?.source ?? `article ${id}`),
  );
  const props = {
    key,
    confidence: 0.7,
    articleCount: neo4j.int(articleIds.length),
    sourceCount: neo4j.int(sources.size),
    articles: articleIds,
    rules: ["test.factory"],
    ...(relation.route ? { routeId: relation.route.id, legIndex: neo4j.int(relation.route.leg) } : {}),
  };
  await run(
    driver,
    `MATCH (a:Entity {id: $source}), (b:Entity {id: $target}) CREATE (a)-[r:${type}]->(b) SET r = $props`,
    { source: relation.source, target: relation.target, props },
  );
  const evidence = Object.entries(relation.evidence).map(([article, sentence], index) => ({
    id: `${key}@${article}`,
    claim: key,
    article,
    sentence,
    start: neo4j.int(index * 100),
    end: neo4j.int(index * 100 + sentence.length),
    rule: "test.factory",
    confidence: 0.7,
  }));
  await run(
    driver,
    `UNWIND $evidence AS row MATCH (a:Article {id: row.article})
     CREATE (v:Evidence) SET v = row CREATE (v)-[:FROM_ARTICLE]->(a)`,
    { evidence },
  );
}

/** Each article mentions the two ends of every relation it states, and the extra mentions of the spec. */
async function createMentions(driver: Driver, spec: GraphSpec) {
  const pairs = new Map<string, { article: string; entity: string }>();
  for (const relation of spec.relations) {
    for (const article of Object.keys(relation.evidence)) {
      for (const entity of [relation.source, relation.target])
        pairs.set(`${article}|${entity}`, { article, entity });
    }
  }
  for (const [article, entities] of Object.entries(spec.mentions ?? {})) {
    for (const entity of entities) pairs.set(`${article}|${entity}`, { article, entity });
  }
  await run(
    driver,
    `UNWIND $rows AS row MATCH (a:Article {id: row.article}), (e:Entity {id: row.entity})
     CREATE (a)-[:MENTIONS {count: 1, starts: [0], ends: [1]}]->(e)`,
    { rows: [...pairs.values()] },
  );
}

/** Node and relationship counts, the schema's index and constraint names, and a hash of every label, type,
 * property and endpoint: equal fingerprints mean nothing was written. */
export async function graphFingerprint(driver: Driver) {
  const { records } = await run(
    driver,
    `CALL { MATCH (n) WITH n ORDER BY elementId(n)
            RETURN count(n) AS nodes, collect([elementId(n), labels(n), properties(n)]) AS nodeData }
     CALL { MATCH (a)-[r]->(b) WITH a, r, b ORDER BY elementId(r)
            RETURN count(r) AS relationships,
                   collect([elementId(r), type(r), elementId(a), elementId(b), properties(r)]) AS relData }
     RETURN nodes, relationships, nodeData, relData`,
    {},
  );
  const record = records[0];
  if (!record) throw new Error("no fingerprint row");
  const indexes = await run(driver, "SHOW INDEXES YIELD name RETURN name ORDER BY name", {});
  const constraints = await run(driver, "SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name", {});
  const content = canonical([record.get("nodeData"), record.get("relData")]);
  return {
    nodes: record.get("nodes") as number,
    relationships: record.get("relationships") as number,
    schema: [...indexes.records, ...constraints.records].map((row) => row.get("name") as string),
    checksum: createHash("sha256").update(content).digest("hex"),
  };
}

/** JSON with object keys sorted, so the hash does not depend on the order properties come back in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}
