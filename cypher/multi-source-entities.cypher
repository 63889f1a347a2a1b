// name: multi-source-entities
// title: Entities that several independent sources mention
// description: Entities mentioned by at least a number of independent sources (distinct outlets; an article with no known outlet counts as its own source), most corroborated first.
// param minSources: int 2..50 = 2
// param limit: int 1..1000 = 200
// view: table
MATCH (article:Article)-[:MENTIONS]->(entity:Entity)
WITH entity, collect(DISTINCT coalesce(article.source, "article " + article.id)) AS sources,
     count(DISTINCT article) AS articles
WHERE size(sources) >= $minSources
RETURN entity.name AS entity, entity.type AS type, size(sources) AS sourceCount, sources, articles
ORDER BY sourceCount DESC, articles DESC, entity
LIMIT $limit
