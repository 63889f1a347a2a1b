/** What the API's routes need from the outside world, handed to `createApp` (tests pass their own). */
import type { Reader } from "./neo4j/reader.ts";

export interface AppDeps {
  reader: Reader;
  database: string;
  /** Cap on nodes returned by graph-shaped routes. */
  maxNodes: number;
}
