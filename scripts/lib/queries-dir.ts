/** Where the queries live: built-in ones in `cypher/` at the repository root, the user's in the data folder. */
import path from "node:path";
import { fileURLToPath } from "node:url";

export const QUERIES_DIR = fileURLToPath(new URL("../../cypher/", import.meta.url));

/** The user's saved queries, apart from the shipped ones: `queries/` in the data folder. */
export function savedQueriesDir(dataDir: string): string {
  return path.join(dataDir, "queries");
}
