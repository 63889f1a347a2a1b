/**
 * Builds known graphs for API tests exactly as neo4j/schema.ts describes them (Articles, Entities with a type
 * label, relations keyed by claim, Evidence linked to its Article, MENTIONS with offsets), without the loader.
 * `createArticle`, `createEntity` and `createRelation` take overrides; `writeGraph` stores a whole graph.
 */
import type { Driver } from "neo4j-driver";
import { assertEntityLabel, assertRelationType } from "../../../neo4j/schema.ts";
import { TEST_DATABASE } from "./database.ts";

export interface ArticleSpec {
  id: string;
  title: string;
  source: string | null;
  published: string | null;
  precision: "day" | "month" | "year" | "unknown";
  text: string;
}

export interface EntitySpec {
  id: string;
  name: string;
  type: string;
  aliases: string[];
}

/** One sentence of an article that states a relation; the sentence is looked up in the article's text. */
export interface EvidenceSpec {
  article: string;
  sentence: string;
}

export interface RelationSpec {
  source: string;
  type: string;
  target: string;
  evidence: EvidenceSpec[];
  routeId?: string;
  legIndex?: number;
}

export interface GraphSpec {
  articles: ArticleSpec[];
  entities: EntitySpec[];
  relations: RelationSpec[];
}

export function createArticle(overrides: Partial<ArticleSpec> & Pick<ArticleSpec, "id">): ArticleSpec {
  return {
    title: `Article ${overrides.id}`,
    source: "Test Wire",
    published: null,
    precision: "unknown",
    text: "",
    ...overrides,
  };
}

export function createEntity(overrides: Partial<EntitySpec> & Pick<EntitySpec, "id" | "name">): EntitySpec {
  return { type: "Place", aliases: [overrides.name], ...overrides };
}

export function createRelation(
  source: string,
  type: string,
  target: string,
  evidence: EvidenceSpec[],
  extra: Pick<RelationSpec, "routeId" | "legIndex"> = {},
): RelationSpec {
  return { source, type, target, evidence, ...extra };
}

export function claimKey(relation: RelationSpec): string {
  const base = `${relation.source}|${relation.type}|${relation.target}`;
  return relation.routeId === undefined ? base : `${base}|${relation.routeId}#${relation.legIndex ?? 0}`;
}

export async function writeGraph(driver: Driver, graph: GraphSpec): Promise<void> {
  const run = (cypher: string, params: Record<string, unknown>) =>
    driver.executeQuery(cypher, params, { database: TEST_DATABASE });
  await run(
    `UNWIND $rows AS row CREATE (a:Article) SET a = row, a.authors = [], a.language = 'en', a.contentHash = row.id`,
    { rows: graph.articles },
  );
  for (const entity of graph.entities) {
    const label = assertEntityLabel(entity.type);
    await run(
      `CREATE (e:Entity:${label}) SET e = $row, e.aliasText = reduce(t = '', x IN $row.aliases | t + x + ' | ')`,
      {
        row: entity,
      },
    );
  }
  await run(
    `UNWIND $rows AS row MATCH (a:Article {id: row.article}), (e:Entity {id: row.entity})
     CREATE (a)-[:MENTIONS {count: size(row.starts), starts: [s IN row.starts | toInteger(s)],
       ends: [x IN row.ends | toInteger(x)]}]->(e)`,
    { rows: mentionRows(graph) },
  );
  for (const relation of graph.relations) await writeRelation(driver, graph, relation);
  await driver.executeQuery("CALL db.awaitIndexes(60)", {}, { database: TEST_DATABASE });
}

async function writeRelation(driver: Driver, graph: GraphSpec, relation: RelationSpec): Promise<void> {
  const type = assertRelationType(relation.type);
  const key = claimKey(relation);
  const articles = relation.evidence.map((evidence) => articleOf(graph, evidence.article));
  const outlets = new Set(articles.map((article) => article.source ?? `article:${article.id}`));
  const dates = articles.flatMap((article) => (article.published ? [article.published] : [])).sort();
  await driver.executeQuery(
    `MATCH (s:Entity {id: $source}), (t:Entity {id: $target})
     CREATE (s)-[r:${type}]->(t)
     SET r.key = $key, r.confidence = 0.9, r.articleCount = toInteger($articleCount),
         r.sourceCount = toInteger($sourceCount),
         r.articles = $articleIds, r.firstPublished = $firstPublished, r.routeId = $routeId,
         r.legIndex = toInteger($legIndex),
         r.rules = ['test']
     WITH r UNWIND $evidence AS ev
     MATCH (a:Article {id: ev.article})
     CREATE (:Evidence {id: $key + '@' + ev.article + ':' + ev.start, claim: $key, article: ev.article,
             sentence: ev.sentence, start: toInteger(ev.start), end: toInteger(ev.end), rule: 'test', confidence: 0.9})-[:FROM_ARTICLE]->(a)`,
    {
      source: relation.source,
      target: relation.target,
      key,
      articleCount: new Set(articles.map((article) => article.id)).size,
      sourceCount: outlets.size,
      articleIds: [...new Set(articles.map((article) => article.id))],
      firstPublished: dates[0] ?? null,
      routeId: relation.routeId ?? null,
      legIndex: relation.legIndex ?? null,
      evidence: relation.evidence.map((evidence) => evidenceRow(graph, evidence)),
    },
    { database: TEST_DATABASE },
  );
}

function articleOf(graph: GraphSpec, id: string): ArticleSpec {
  const article = graph.articles.find((candidate) => candidate.id === id);
  if (!article) throw new Error(`graph-factory: no article "${id}" in the graph spec`);
  return article;
}

function evidenceRow(graph: GraphSpec, evidence: EvidenceSpec) {
  const start = articleOf(graph, evidence.article).text.indexOf(evidence.sentence);
  if (start < 0)
    throw new Error(`graph-factory: "${evidence.sentence}" is not in article ${evidence.article}`);
  return {
    article: evidence.article,
    sentence: evidence.sentence,
    start,
    end: start + evidence.sentence.length,
  };
}

/** Every occurrence of each entity's aliases in each article's text becomes a MENTIONS offset. */
function mentionRows(graph: GraphSpec) {
  return graph.articles.flatMap((article) =>
    graph.entities.flatMap((entity) => {
      const spans = entity.aliases.flatMap((alias) => occurrences(article.text, alias));
      if (spans.length === 0) return [];
      spans.sort((a, b) => a.start - b.start);
      return [
        {
          article: article.id,
          entity: entity.id,
          starts: spans.map((s) => s.start),
          ends: spans.map((s) => s.end),
        },
      ];
    }),
  );
}

function occurrences(text: string, needle: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
    spans.push({ start: at, end: at + needle.length });
  }
  return spans;
}
