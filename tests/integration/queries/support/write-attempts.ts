/**
 * Queries that try to write, load data or change the server, each of which the API must refuse. `URL` stands
 * for the address of the test's hit-counting server.
 */
export const WRITE_ATTEMPTS: Array<[label: string, cypher: string]> = [
  ["CREATE", "CREATE (:Entity {id: 'injected', name: 'Injected'})"],
  [
    "CREATE after a read",
    "MATCH (e:Entity {name: 'Dandong'}) CREATE (e)-[:LINKS]->(:Entity {id: 'x'}) RETURN e",
  ],
  ["MERGE", "MERGE (e:Entity {id: 'merged'}) RETURN e"],
  [
    "MERGE with ON MATCH SET",
    "MERGE (e:Entity {id: 'place:dandong'}) ON MATCH SET e.name = 'Changed' RETURN e",
  ],
  ["SET a property", "MATCH (e:Entity {name: 'Dandong'}) SET e.name = 'Changed' RETURN e"],
  ["SET a label", "MATCH (e:Entity) SET e:Flagged RETURN count(e)"],
  ["DELETE a relationship", "MATCH ()-[r:ROUTE_LEG]->() DELETE r"],
  ["DELETE a node", "MATCH (e:Amount) DELETE e"],
  ["DETACH DELETE", "MATCH (n) DETACH DELETE n"],
  ["REMOVE a property", "MATCH (e:Entity) REMOVE e.aliases RETURN count(e)"],
  ["REMOVE a label", "MATCH (e:Place) REMOVE e:Place RETURN count(e)"],
  ["FOREACH with CREATE", "FOREACH (i IN range(1, 3) | CREATE (:Entity {id: 'f' + toString(i)}))"],
  ["FOREACH with SET", "MATCH (e:Entity) WITH collect(e) AS all FOREACH (e IN all | SET e.flag = true)"],
  ["write in a subquery", "MATCH (e:Entity) CALL (e) { SET e.touched = true } RETURN count(e)"],
  ["LOAD CSV", "LOAD CSV FROM 'URL' AS row RETURN row"],
  [
    "LOAD CSV WITH HEADERS into MERGE",
    "LOAD CSV WITH HEADERS FROM 'URL' AS row MERGE (:Entity {id: row.id})",
  ],
  ["LOAD CSV behind a UNION", "RETURN 'x' AS value UNION LOAD CSV FROM 'URL' AS row RETURN row[0] AS value"],
  ["CALL IN TRANSACTIONS", "CALL { CREATE (:Entity {id: 'batched'}) } IN TRANSACTIONS"],
  ["CALL IN TRANSACTIONS OF ROWS", "MATCH (e:Entity) CALL (e) { SET e.x = 1 } IN TRANSACTIONS OF 10 ROWS"],
  ["write procedure db.createLabel", "CALL db.createLabel('Injected')"],
  ["write procedure db.createRelationshipType", "CALL db.createRelationshipType('INJECTED')"],
  ["admin procedure db.clearQueryCaches", "CALL db.clearQueryCaches()"],
  ["read procedure feeding a CREATE", "CALL db.labels() YIELD label CREATE (:Entity {id: label})"],
  ["CREATE INDEX", "CREATE INDEX injected_index FOR (e:Entity) ON (e.aliasText)"],
  ["DROP INDEX", "DROP INDEX entity_name"],
  ["CREATE CONSTRAINT", "CREATE CONSTRAINT injected_unique FOR (e:Entity) REQUIRE e.name IS UNIQUE"],
  ["DROP CONSTRAINT", "DROP CONSTRAINT entity_id"],
  ["CREATE USER", "CREATE USER mallory SET PASSWORD 'correct-horse-battery-staple'"],
  ["CREATE DATABASE", "CREATE DATABASE injected"],
  ["DROP DATABASE", "DROP DATABASE neo4j"],
  ["a write behind its own EXPLAIN", "EXPLAIN MATCH (n) DETACH DELETE n"],
  ["a write behind a Cypher version", "CYPHER 5 MATCH (n) DETACH DELETE n"],
];
