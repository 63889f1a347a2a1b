/** What the API's routes need from the outside world, handed to `createApp` (tests pass their own). */
import type { Driver } from "neo4j-driver";
import type { Deadlines } from "./deadline.ts";
import type { Reader } from "./neo4j/reader.ts";
import type { QueryLimits } from "./queries/runner.ts";

export interface AppDeps {
  reader: Reader;
  database: string;
  /** Cap on nodes returned by graph-shaped routes. */
  maxNodes: number;
  /**
   * For user-written Cypher (saved queries, the editor), always run in READ mode after a read-only check; its own
   * small pool (Neo4jConnection.queryDriver) in the app.
   */
  driver: Driver;
  /** The folder of built-in `.cypher` queries (shipped; read-only through the API). */
  queriesDir: string;
  /** The folder of the user's saved queries, apart from the built-in ones (created on the first save). */
  savedQueriesDir: string;
  /** Timeout and caps for user-written Cypher; defaults in queries/runner.ts. */
  queryLimits?: Partial<QueryLimits>;
  /** When each request is answered at the latest, whatever the database does; defaults in deadline.ts. */
  deadlines?: Partial<Deadlines>;
}
