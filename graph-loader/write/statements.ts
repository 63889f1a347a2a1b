/**
 * The loader's Cypher. Each statement takes a batch of rows ($rows) and MERGEs on a key that has a uniqueness
 * constraint (neo4j/schema.ts). Labels and relation types arrive already validated by the schema module.
 * JavaScript numbers travel as floats, so integer properties go through toInteger().
 */

/** Drops the evidence an article gave before, so that a re-load leaves nothing stale; returns the claims hit. */
export const CLEAR_ARTICLE_EVIDENCE = `
  UNWIND $ids AS id
  MATCH (v:Evidence {article: id})
  WITH v, v.claim AS claim
  DETACH DELETE v
  RETURN collect(DISTINCT claim) AS claims`;

export const CLEAR_ARTICLE_MENTIONS = `
  UNWIND $ids AS id
  MATCH (:Article {id: id})-[m:MENTIONS]->()
  DELETE m`;

export const MERGE_ARTICLES = `
  UNWIND $rows AS row
  MERGE (a:Article {id: row.id})
  SET a.title = row.title, a.source = row.source, a.url = row.url, a.published = row.published,
      a.precision = row.precision, a.authors = row.authors, a.language = row.language, a.text = row.text,
      a.contentHash = row.contentHash`;

export function mergeEntities(label: string): string {
  return `
  UNWIND $rows AS row
  MERGE (e:Entity {id: row.id})
  SET e:${label}, e.name = row.name, e.type = row.type, e.lat = row.lat, e.lon = row.lon,
      e.aliases = coalesce(e.aliases, []) + [alias IN row.aliases WHERE NOT alias IN coalesce(e.aliases, [])]`;
}

/** Alias text for the full-text index, refreshed after aliases from several loads were merged. */
export const REFRESH_ALIAS_TEXT = `
  UNWIND $ids AS id
  MATCH (e:Entity {id: id})
  CALL (e) {
    UNWIND e.aliases AS alias
    WITH DISTINCT alias ORDER BY alias
    RETURN collect(alias) AS aliases
  }
  SET e.aliases = aliases, e.aliasText = reduce(text = '', alias IN aliases | text + alias + ' | ')`;

export const MERGE_MENTIONS = `
  UNWIND $rows AS row
  MATCH (a:Article {id: row.article})
  MATCH (e:Entity {id: row.entity})
  MERGE (a)-[m:MENTIONS]->(e)
  SET m.count = toInteger(row.count),
      m.starts = [s IN row.starts | toInteger(s)],
      m.ends = [x IN row.ends | toInteger(x)]`;

export function mergeRelations(type: string): string {
  return `
  UNWIND $rows AS row
  MATCH (s:Entity {id: row.source})
  MATCH (t:Entity {id: row.target})
  MERGE (s)-[r:${type} {key: row.key}]->(t)
  SET r.routeId = row.routeId, r.legIndex = toInteger(row.legIndex)`;
}

export const MERGE_EVIDENCE = `
  UNWIND $rows AS row
  MATCH (a:Article {id: row.article})
  MERGE (v:Evidence {id: row.id})
  SET v.claim = row.claim, v.article = row.article, v.sentence = row.sentence,
      v.start = toInteger(row.start), v.end = toInteger(row.end), v.rule = row.rule, v.confidence = row.confidence
  MERGE (v)-[:FROM_ARTICLE]->(a)`;

/**
 * Recomputes what a relation says about its support from its evidence; relations left without evidence are
 * deleted. An article without a known outlet counts as its own independent source.
 */
export const REFRESH_CLAIMS = `
  UNWIND $claims AS claim
  MATCH (:Entity {id: split(claim, '|')[0]})-[r {key: claim}]->()
  OPTIONAL MATCH (v:Evidence {claim: claim})-[:FROM_ARTICLE]->(a:Article)
  WITH r, v, a ORDER BY a.id, v.start, v.id
  WITH r, collect(v) AS evidence, collect(DISTINCT a) AS articles
  CALL (r, evidence) {
    WITH r WHERE size(evidence) = 0
    DELETE r
  }
  WITH r, evidence, articles WHERE size(evidence) > 0
  WITH r, evidence, articles,
       [a IN articles | coalesce(a.source, 'article:' + a.id)] AS outlets,
       [a IN articles WHERE a.published IS NOT NULL | a.published] AS dates
  SET r.confidence = reduce(best = 0.0, v IN evidence | CASE WHEN v.confidence > best THEN v.confidence ELSE best END),
      r.articleCount = size(articles),
      r.articles = [a IN articles | a.id],
      r.sourceCount = size(reduce(seen = [], o IN outlets | CASE WHEN o IN seen THEN seen ELSE seen + o END)),
      r.rules = reduce(rules = [], v IN evidence | CASE WHEN v.rule IN rules THEN rules ELSE rules + v.rule END),
      r.firstPublished = reduce(first = null, d IN dates | CASE WHEN first IS NULL OR d < first THEN d ELSE first END)`;

export const DELETE_UNSUPPORTED_RELATIONS = `
  MATCH (:Entity)-[r]->(:Entity)
  WHERE r.key IS NOT NULL AND NOT EXISTS { MATCH (:Evidence {claim: r.key}) }
  DELETE r`;

/** Entities that no article mentions and no relation touches any more (after re-loads and corrections). */
export const DELETE_ORPHAN_ENTITIES = `
  MATCH (e:Entity)
  WHERE NOT (e)--()
  DETACH DELETE e`;
