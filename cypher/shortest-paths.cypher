// name: shortest-paths
// title: Shortest paths between two entities
// description: All shortest chains of relations (in either direction) linking two entities given by name, alias or id, up to a number of hops.
// param from: string = "Pyongyang"
// param to: string = "Russia"
// param maxHops: int 1..8 = 6
// view: graph
MATCH (start:Entity), (finish:Entity)
WHERE (start.id = $from OR toLower(start.name) = toLower($from)
       OR any(alias IN coalesce(start.aliases, []) WHERE toLower(alias) = toLower($from)))
  AND (finish.id = $to OR toLower(finish.name) = toLower($to)
       OR any(alias IN coalesce(finish.aliases, []) WHERE toLower(alias) = toLower($to)))
  AND start <> finish
MATCH path = allShortestPaths((start)-[*..8]-(finish))
WHERE none(relation IN relationships(path) WHERE type(relation) IN ["MENTIONS", "FROM_ARTICLE"])
  AND length(path) <= $maxHops
RETURN path, length(path) AS hops
LIMIT 50
