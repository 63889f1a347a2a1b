// name: article-claims
// title: Everything an article states
// description: The relations stated in one article (by id or part of its title), each with the sentence that states it.
// param article: string
// param limit: int 1..2000 = 500
// view: graph
MATCH (article:Article)
WHERE article.id = $article OR toLower(article.title) CONTAINS toLower($article)
MATCH (evidence:Evidence)-[:FROM_ARTICLE]->(article)
WITH article, collect(evidence) AS evidence
MATCH (subject:Entity)-[claim]->(object:Entity)
WHERE claim.key IN [item IN evidence | item.claim]
RETURN article.title AS article, subject, claim, object,
       [item IN evidence WHERE item.claim = claim.key | item.sentence] AS sentences
ORDER BY article, subject.name, type(claim)
LIMIT $limit
