/**
 * The loader's Cypher. Each statement takes a batch of rows ($rows) and MERGEs on a key that has a uniqueness
 * constraint (neo4j/schema.ts). Labels and relation types arrive already validated by the schema module.
 * JavaScript numbers travel as floats, so integer properties go through toInteger(). Index hints keep lookups
 * of evidence on their indexes even when a plan is made while the label is still empty (the first load).
 */

/** Drops the evidence an article gave before, so that a re-load leaves nothing stale; returns the claims hit. */
export const CLEAR_ARTICLE_EVIDENCE = `
  UNWIND $ids AS id
  MATCH (v:Evidence {article: id}) USING INDEX v:Evidence(article)
  WITH v, v.claim AS claim
  DETACH DELETE v
  RETURN collect(DISTINCT claim) AS claims`;

/** Drops an article's mentions; returns the entities they pointed at, which may be left without links. */
export const CLEAR_ARTICLE_MENTIONS = `
  UNWIND $ids AS id
  MATCH (:Article {id: id})-[m:MENTIONS]->(e)
  DELETE m
  RETURN collect(DISTINCT e.id) AS entities`;

export const MERGE_ARTICLES = `
  UNWIND $rows AS row
  MERGE (a:Article {id: row.id})
  SET a.title = row.title, a.source = row.source, a.url = row.url, a.published = row.published,
      a.precision = row.precision, a.authors = row.authors, a.language = row.language, a.text = row.text,
      a.contentHash = row.contentHash`;

/** Aliases from every load are kept, sorted (rows arrive sorted), and joined for the full-text index. */
export const MERGE_ENTITIES = `
  UNWIND $rows AS row
  MERGE (e:Entity {id: row.id})
  WITH e, row
  SET e:$(row.type), e.name = row.name, e.type = row.type, e.lat = row.lat, e.lon = row.lon,
      e.aliases = CASE WHEN e.aliases IS NULL OR e.aliases = row.aliases THEN row.aliases
                  ELSE COLLECT { UNWIND e.aliases + row.aliases AS alias
                                 WITH DISTINCT alias ORDER BY alias RETURN alias } END
  SET e.aliasText = reduce(text = '', alias IN e.aliases | text + alias + ' | ')`;

/** Merges the entity too (its properties follow in MERGE_ENTITIES): see the order of stages in writer.ts. */
export const MERGE_MENTIONS = `
  UNWIND $rows AS row
  MATCH (a:Article {id: row.article})
  MERGE (e:Entity {id: row.entity})
  MERGE (a)-[m:MENTIONS]->(e)
  SET m.count = toInteger(row.count),
      m.starts = [s IN row.starts | toInteger(s)],
      m.ends = [x IN row.ends | toInteger(x)]`;

export const MERGE_EVIDENCE = `
  UNWIND $rows AS row
  MATCH (a:Article {id: row.article})
  MERGE (v:Evidence {id: row.id})
  SET v.claim = row.claim, v.article = row.article, v.sentence = row.sentence,
      v.start = toInteger(row.start), v.end = toInteger(row.end), v.rule = row.rule, v.confidence = row.confidence
  MERGE (v)-[:FROM_ARTICLE]->(a)`;

/**
 * What a relation `r` says about its support, from its evidence. An article without a known outlet counts as its
 * own independent source. Lists are sorted so that the same evidence always gives the same properties.
 */
const SET_SUPPORT = `
  CALL (r) {
    MATCH (v:Evidence {claim: r.key})-[:FROM_ARTICLE]->(a:Article) USING INDEX v:Evidence(claim)
    WITH v, a ORDER BY a.id, v.start, v.id
    RETURN max(v.confidence) AS confidence, collect(DISTINCT a.id) AS articles,
           count(DISTINCT coalesce(a.source, 'article:' + a.id)) AS sources,
           collect(DISTINCT v.rule) AS rules, min(a.published) AS firstPublished
  }
  SET r.confidence = confidence, r.articles = articles, r.articleCount = size(articles),
      r.sourceCount = sources, r.rules = rules, r.firstPublished = firstPublished`;

/**
 * Relations, written after their evidence, merging their ends as mentions do. Their support comes computed from
 * this load's evidence; only claims that other articles support too are recomputed from the database.
 */
export const MERGE_RELATIONS = `
  UNWIND $rows AS row
  MERGE (s:Entity {id: row.source})
  MERGE (t:Entity {id: row.target})
  MERGE (s)-[r:$(row.type) {key: row.key}]->(t)
  SET r.kind = row.kind, r.label = row.label, r.routeId = row.routeId, r.legIndex = toInteger(row.legIndex),
      r.route = row.route, r.confidence = row.support.confidence, r.articles = row.support.articles,
      r.articleCount = size(row.support.articles), r.sourceCount = toInteger(row.support.sourceCount),
      r.rules = row.support.rules, r.firstPublished = row.support.firstPublished
  WITH r, row
  WHERE EXISTS {
    MATCH (v:Evidence {claim: r.key}) USING INDEX v:Evidence(claim)
    WHERE NOT v.article IN row.support.articles
  }
  ${SET_SUPPORT}`;

/**
 * Claims that lost evidence in this load without getting new evidence (an article re-loaded without them): their
 * support is recomputed, and those left with none are deleted; returns the ends of the deleted ones.
 */
export function refreshClaims(type: string): string {
  return `
  UNWIND $rows AS claim
  MATCH (s)-[r:${type} {key: claim}]->(t)
  ${SET_SUPPORT}
  WITH r, s, t WHERE r.articleCount = 0
  DELETE r
  RETURN collect(DISTINCT s.id) + collect(DISTINCT t.id) AS ends`;
}

/** Entities among $ids that nothing links to any more, within the transaction that unlinked them. */
export const DELETE_ORPHANS_AMONG = `
  UNWIND $ids AS id
  MATCH (e:Entity {id: id})
  WHERE NOT (e)--()
  DETACH DELETE e`;

export const DELETE_UNSUPPORTED_RELATIONS = `
  MATCH (:Entity)-[r]->(:Entity)
  WHERE r.key IS NOT NULL AND NOT EXISTS { MATCH (v:Evidence {claim: r.key}) USING INDEX v:Evidence(claim) }
  DELETE r`;

/** Entities that no article mentions and no relation touches any more (after re-loads and corrections). */
export const DELETE_ORPHAN_ENTITIES = `
  MATCH (e:Entity)
  WHERE NOT (e)--()
  DETACH DELETE e`;
