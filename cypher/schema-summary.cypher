// name: schema-summary
// title: Labels, relationship types and property keys
// description: What the graph holds, as the database itself lists it: node labels, relationship types and property keys (the editor completes from these).
// view: table
CALL { CALL db.labels() YIELD label RETURN collect(label) AS labels }
CALL { CALL db.relationshipTypes() YIELD relationshipType RETURN collect(relationshipType) AS relationshipTypes }
CALL { CALL db.propertyKeys() YIELD propertyKey RETURN collect(propertyKey) AS propertyKeys }
RETURN labels, relationshipTypes, propertyKeys
