// name: money-flows
// title: Who pays whom
// description: Payments and bribes between entities, with the amount when the text gives one and the sentence behind each; optionally only those involving one entity.
// param entity: string = ""
// param limit: int 1..1000 = 200
// view: table
MATCH (payer:Entity)-[payment:PAYS|BRIBES]->(payee:Entity)
WHERE $entity = ""
   OR toLower(payer.name) = toLower($entity) OR toLower(payee.name) = toLower($entity)
   OR payer.id = $entity OR payee.id = $entity
MATCH (evidence:Evidence {claim: payment.key})-[:FROM_ARTICLE]->(article:Article)
OPTIONAL MATCH (article)-[:MENTIONS]->(amount:Amount)
  WHERE evidence.sentence CONTAINS amount.name
   OR any(alias IN coalesce(amount.aliases, []) WHERE evidence.sentence CONTAINS alias)
WITH payer, payment, payee, evidence, article, collect(DISTINCT amount.name) AS mentionedAmounts
RETURN payer.name AS payer, type(payment) AS kind, payee.name AS payee,
       coalesce(properties(payment)["amount"], mentionedAmounts[0]) AS amount,
       evidence.sentence AS sentence, article.title AS article, article.published AS published
ORDER BY payer, payee, published
LIMIT $limit
