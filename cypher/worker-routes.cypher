// name: worker-routes
// title: Worker routes into a country
// description: Travel routes (ordered ROUTE_LEG legs sharing a routeId) whose last stop is the country or a place located in it, with the stops in order and the articles that state them.
// param country: string = "Russia"
// param limit: int 1..500 = 50
// view: graph
MATCH (:Entity)-[leg:ROUTE_LEG]->(:Entity)
WHERE leg.routeId IS NOT NULL
WITH leg ORDER BY leg.routeId, leg.legIndex
WITH leg.routeId AS routeId, collect(leg) AS legs
WITH routeId, legs, endNode(legs[size(legs) - 1]) AS last
WHERE toLower(last.name) = toLower($country)
   OR any(alias IN coalesce(last.aliases, []) WHERE toLower(alias) = toLower($country))
   OR EXISTS {
     MATCH (last)-[:LOCATED_IN|PART_OF]->{1,3}(country:Entity)
     WHERE toLower(country.name) = toLower($country)
   }
WITH routeId, legs, [startNode(legs[0])] + [leg IN legs | endNode(leg)] AS stops
OPTIONAL MATCH (evidence:Evidence)-[:FROM_ARTICLE]->(article:Article)
  WHERE evidence.claim IN [leg IN legs | leg.key]
WITH routeId, legs, stops, collect(DISTINCT article.title) AS articles
RETURN routeId, [stop IN stops | stop.name] AS route, stops, legs, articles
ORDER BY size(legs) DESC, routeId
LIMIT $limit
