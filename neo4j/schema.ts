/**
 * The Neo4j schema of graphbrief: node labels, relationship types, their properties, and the constraints and
 * indexes behind them. Every MERGE key has a uniqueness constraint here; nothing else creates schema.
 *
 *   (:Article {id, title, source, url, published, precision, authors, language, text, contentHash})
 *   (:Article)-[:MENTIONS {count, starts, ends}]->(:Entity)
 *   (:Entity:<Type> {id, name, type, aliases, aliasText, lat, lon})        Type: one of ENTITY_LABELS
 *   (:Entity)-[:<RELATION> {key, kind: "claim", label, confidence, articleCount, sourceCount, articles,
 *                           firstPublished, routeId, legIndex, route, rules}]->(:Entity)
 *   (:Entity)-[:CO_MENTIONED {key, kind: "co-mention", confidence, articleCount, sourceCount, articles,
 *                             firstPublished, rules}]->(:Entity)
 *   (:Evidence {id, claim, article, sentence, start, end, rule, confidence})-[:FROM_ARTICLE]->(:Article)
 *
 * A relation between entities is one relationship per claim (`key`); the sentences behind it are Evidence nodes
 * whose `claim` equals that key, each linked to its article. `sourceCount` counts independent sources: distinct
 * outlets, an article with no known outlet counting as its own source. RELATED claims carry the phrase that
 * states them as `label`; route legs carry their route's ends as `route` ("Pyongyang → Russia").
 *
 * Co-mentions (two entities named in one sentence with no claim between them) are their own relationship type,
 * CO_MENTIONED, with their sentences as Evidence like claims, so that nothing counting or walking claims (link
 * counts, sources, paths, the overview) ever takes one for a claim: the API's readers leave the type out.
 *
 * Every relationship of an Entity other than MENTIONS links it to another Entity: the API counts an entity's
 * claims from its relationship counts per type (web/server/neo4j/entity-links.ts) and relies on it.
 */
import type { Driver } from "neo4j-driver";
import { ENTITY_TYPES, type EntityType } from "../graph-loader/model.ts";

/** The entity types, each also a label beside :Entity (the extractor's list is the one source). */
export const ENTITY_LABELS = ENTITY_TYPES;
export type EntityLabel = EntityType;

export const Rel = {
  Mentions: "MENTIONS",
  FromArticle: "FROM_ARTICLE",
} as const;

/** Relation types between entities that the extractor produces, with what they mean (for legends and docs). */
export const RELATION_TYPES: Record<string, string> = {
  DISPATCHES_WORKERS_TO: "sends workers to",
  RECRUITS: "recruits workers (from a place or group)",
  RECRUITED_FROM: "workers are recruited from",
  ROUTE_LEG: "one leg of a travel route (routeId, legIndex)",
  BANS: "prohibits",
  BANS_IMPORTS_FROM: "bans imports from",
  VIOLATES: "breaches",
  EXPORTS: "exports a commodity",
  EXPORTS_TO: "exports to",
  EXPORTED_FROM: "is shipped from",
  IMPORTS: "imports a commodity",
  IMPORTS_FROM: "imports from",
  PAYS: "pays",
  BRIBES: "bribes",
  VISITS: "visits",
  MEETS: "meets",
  SIGNS: "signs",
  DEMANDS_REPATRIATION: "demands the return of workers from",
  RECALLS_WORKERS_FROM: "recalls workers from",
  LOCATED_IN: "is located in",
  PART_OF: "is part of",
  AFFILIATED_WITH: "belongs to or works for",
  QUOTES: "quotes or cites",
  SEIZED: "seized or detained",
  SANCTIONS: "imposes sanctions on",
  OPERATES: "runs or operates",
  TRANSPORTS: "carries or ships",
  OWNS: "owns",
  FUNDS: "finances",
  SUPPLIES: "supplies",
  EMPLOYS: "employs",
  ACCUSES: "accuses",
  TRADES_WITH: "trades with",
  RELATED: "a stated link of no known type; its phrase is the label",
  CO_MENTIONED: "named in one sentence, with no claim between them (not a claim)",
};

/** The relationship type of co-mentions, kept apart from claims everywhere. */
export const CO_MENTION_TYPE = "CO_MENTIONED";

/** Relationship types are interpolated into Cypher (they cannot be parameters), so only this shape is allowed. */
const RELATION_TYPE_SHAPE = /^[A-Z][A-Z0-9_]{0,63}$/;

export function assertRelationType(type: string): string {
  if (!RELATION_TYPE_SHAPE.test(type) || type === Rel.Mentions || type === Rel.FromArticle) {
    throw new TypeError(`"${type}" is not a valid relation type (upper-case letters, digits and _)`);
  }
  return type;
}

export function assertEntityLabel(type: string): EntityLabel {
  if (!(ENTITY_LABELS as readonly string[]).includes(type)) {
    throw new TypeError(`"${type}" is not an entity type; expected one of ${ENTITY_LABELS.join(", ")}`);
  }
  return type as EntityLabel;
}

export const FULLTEXT_ENTITY_INDEX = "entity_names";

const SCHEMA_STATEMENTS = [
  "CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE",
  "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE",
  "CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (v:Evidence) REQUIRE v.id IS UNIQUE",
  "CREATE INDEX evidence_claim IF NOT EXISTS FOR (v:Evidence) ON (v.claim)",
  "CREATE INDEX evidence_article IF NOT EXISTS FOR (v:Evidence) ON (v.article)",
  "CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type)",
  "CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name)",
  "CREATE INDEX article_published IF NOT EXISTS FOR (a:Article) ON (a.published)",
  `CREATE FULLTEXT INDEX ${FULLTEXT_ENTITY_INDEX} IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliasText]`,
  // Claims are looked up by key when their support is refreshed.
  ...Object.keys(RELATION_TYPES).map(
    (type) =>
      `CREATE INDEX relation_key_${type.toLowerCase()} IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.key)`,
  ),
];

/** Creates what is missing; safe to run on every start. */
export async function applySchema(driver: Driver, database: string): Promise<void> {
  for (const statement of SCHEMA_STATEMENTS) {
    await driver.executeQuery(statement, {}, { database });
  }
  await driver.executeQuery("CALL db.awaitIndexes(60)", {}, { database });
}
