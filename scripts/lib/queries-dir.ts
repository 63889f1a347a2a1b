/** Where the saved Cypher queries live: `cypher/` at the repository root. */
import { fileURLToPath } from "node:url";

export const QUERIES_DIR = fileURLToPath(new URL("../../cypher/", import.meta.url));
