// name: quoted-sources
// title: People and organisations quoted
// description: The people and organisations that articles quote or cite, who quotes them, what they belong to, and in which articles.
// param limit: int 1..1000 = 200
// view: table
MATCH (quoter:Entity)-[quote:QUOTES]->(quoted:Entity)
WHERE quoted.type IN ["Person", "Organization"]
OPTIONAL MATCH (evidence:Evidence {claim: quote.key})-[:FROM_ARTICLE]->(article:Article)
OPTIONAL MATCH (quoted)-[:AFFILIATED_WITH]->(organisation:Entity)
WITH quoted, collect(DISTINCT quoter.name) AS quotedBy, collect(DISTINCT organisation.name) AS affiliations,
     collect(DISTINCT article.title) AS articles
RETURN quoted.name AS name, quoted.type AS type, affiliations, quotedBy, articles
ORDER BY size(articles) DESC, name
LIMIT $limit
