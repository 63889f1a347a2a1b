// name: single-source-claims
// title: Claims supported by a single source
// description: Relations whose sentences all come from one independent source: the claims to check before a briefing relies on them.
// param limit: int 1..1000 = 200
// view: table
MATCH (subject:Entity)-[claim]->(object:Entity)
WHERE claim.key IS NOT NULL
MATCH (evidence:Evidence {claim: claim.key})-[:FROM_ARTICLE]->(article:Article)
WITH subject, claim, object, collect(DISTINCT coalesce(article.source, "article " + article.id)) AS sources,
     collect(DISTINCT article.title) AS articles, collect(DISTINCT evidence.sentence) AS sentences
WHERE size(sources) = 1
RETURN subject.name AS subject, type(claim) AS relation, object.name AS object, sources[0] AS source,
       articles, sentences
ORDER BY source, subject, relation, object
LIMIT $limit
