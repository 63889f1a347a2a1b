// name: worker-dispatch
// title: Who sends workers where, recruited from where
// description: Dispatches of workers to destinations and the regions workers are recruited from, each with how many independent sources state it.
// param limit: int 1..1000 = 200
// view: graph
MATCH (sender:Entity)-[relation:DISPATCHES_WORKERS_TO|RECRUITED_FROM|RECRUITS]->(other:Entity)
OPTIONAL MATCH (evidence:Evidence {claim: relation.key})-[:FROM_ARTICLE]->(article:Article)
WITH sender, relation, other, count(DISTINCT coalesce(article.source, "article " + article.id)) AS sources
RETURN sender, relation, other, sources
ORDER BY type(relation), sources DESC, other.name
LIMIT $limit
