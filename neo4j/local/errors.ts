/** Errors of the local Neo4j server, each with a message that says what to do next. */
export class LocalNeo4jError extends Error {
  override name = "LocalNeo4jError";
}
