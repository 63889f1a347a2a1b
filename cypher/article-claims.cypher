// name: article-claims
// title: Everything an article states
// description: The relations stated in one article (by id or part of its title), each with the sentences of that article that state it.
// param article: string
// param limit: int 1..2000 = 500
// view: graph
MATCH (article:Article)
WHERE article.id = $article OR toLower(article.title) CONTAINS toLower($article)
MATCH (evidence:Evidence)-[:FROM_ARTICLE]->(article)
WITH article, collect(DISTINCT evidence.claim) AS claimKeys
MATCH (subject:Entity)-[claim]->(object:Entity)
WHERE claim.key IN claimKeys
CALL (article, claim) {
  MATCH (evidence:Evidence {claim: claim.key})-[:FROM_ARTICLE]->(article)
  RETURN collect(DISTINCT evidence.sentence) AS sentences
}
RETURN article.title AS article, subject, claim, object, sentences
ORDER BY article, subject.name, type(claim)
LIMIT $limit
