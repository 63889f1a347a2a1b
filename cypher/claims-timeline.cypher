// name: claims-timeline
// title: Timeline of claims
// description: Claims in the order of their articles' publication dates (with the precision of each date; undated articles last), optionally only claims about one entity.
// param entity: string = ""
// param limit: int 1..2000 = 500
// view: table
MATCH (subject:Entity)-[claim]->(object:Entity)
WHERE claim.key IS NOT NULL
  AND ($entity = "" OR toLower(subject.name) = toLower($entity) OR toLower(object.name) = toLower($entity)
       OR subject.id = $entity OR object.id = $entity)
MATCH (evidence:Evidence {claim: claim.key})-[:FROM_ARTICLE]->(article:Article)
RETURN article.published AS published, article.precision AS precision, article.source AS source,
       article.title AS article, subject.name AS subject, type(claim) AS relation, object.name AS object,
       evidence.sentence AS sentence
ORDER BY published IS NULL, published, article, evidence.start
LIMIT $limit
