/**
 * `npm start`: builds what is missing, starts the local Neo4j unless NEO4J_URI is set, loads the sample corpus
 * into an empty database, and serves the app; Ctrl+C stops everything.
 */
import { loadConfig } from "../config/env.ts";
import { runApp, stopOnSignals } from "./lib/run-app.ts";

const log = (line: string) => console.error(line);

try {
  const app = await runApp(loadConfig(), { serveClient: true, log });
  stopOnSignals(app, log);
  console.log(`graphbrief is running at ${app.url}`);
  await app.databaseReady;
} catch (error) {
  console.error(`graphbrief could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
