// name: entity-neighbourhood
// title: Neighbourhood of an entity
// description: Every entity within a number of relations of the given one (by name, alias or id), with the relations between them.
// param entity: string = "Dandong"
// param depth: int 1..3 = 2
// param limit: int 1..1000 = 300
// view: graph
MATCH (centre:Entity)
WHERE centre.id = $entity OR toLower(centre.name) = toLower($entity)
   OR any(alias IN coalesce(centre.aliases, []) WHERE toLower(alias) = toLower($entity))
MATCH path = (centre)-[relations*1..3]-(:Entity)
WHERE size(relations) <= $depth
  AND none(relation IN relations WHERE type(relation) IN ["MENTIONS", "FROM_ARTICLE"])
RETURN path
LIMIT $limit
