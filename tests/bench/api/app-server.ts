/**
 * The app as `npm start` runs it (scripts/lib/run-app.ts: API, built client, saved queries), against the
 * benchmark's Neo4j given by NEO4J_URI/USER/PASSWORD, on PORT. Run as its own process so that its memory can be
 * read; prints {"url"} once the database is ready.
 */
import { loadConfig } from "../../../config/env.ts";
import { runApp, stopOnSignals } from "../../../scripts/lib/run-app.ts";

const log = (line: string) => console.error(line);
const app = await runApp(loadConfig(), { serveClient: true, log });
stopOnSignals(app, log);
if (!(await app.databaseReady)) throw new Error("app-server: the database never became ready");
console.log(JSON.stringify({ url: app.url }));
