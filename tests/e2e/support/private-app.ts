/**
 * A private copy of the app for specs that must break or fill the database: its own local Neo4j in a temporary
 * folder, which the spec can stop and start again on the same port and data, and the API serving the client
 * that the shared e2e server built (dist/client). The API reaches the database as an external server
 * (NEO4J_URI), so stopping the database leaves the API running, exactly as in production.
 *
 * Ports: GRAPHBRIEF_E2E_PRIVATE_PORT and GRAPHBRIEF_E2E_PRIVATE_BOLT_PORT, plus a per-spec offset.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadConfig } from "../../../config/env.ts";
import { loadArticles } from "../../../graph-loader/load.ts";
import { writeExtraction } from "../../../graph-loader/write/writer.ts";
import { connectNeo4j, type Neo4jConnection } from "../../../neo4j/connection.ts";
import { type LocalNeo4j, startLocalNeo4j } from "../../../neo4j/local/server.ts";
import { applySchema } from "../../../neo4j/schema.ts";
import { CLIENT_DIST } from "../../../scripts/lib/build-client.ts";
import { prepareDatabase } from "../../../scripts/lib/prepare-database.ts";
import { QUERIES_DIR, savedQueriesDir } from "../../../scripts/lib/queries-dir.ts";
import { createReader } from "../../../web/server/neo4j/reader.ts";
import { type RunningServer, startServer } from "../../../web/server/serve.ts";

const APP_PORT = Number(process.env.GRAPHBRIEF_E2E_PRIVATE_PORT ?? 4327);
const BOLT_PORT = Number(process.env.GRAPHBRIEF_E2E_PRIVATE_BOLT_PORT ?? 7708);

export interface PrivateAppOptions {
  /** Added to both base ports, so that specs never share a port. */
  portOffset: number;
  /** Articles loaded before the app starts; without them the app loads the sample corpus. */
  articles?: string[];
  /** An extraction written with the loader's write stage before the app starts (instead of articles). */
  extraction?: Parameters<typeof writeExtraction>[1];
}

export interface PrivateApp {
  /** The page's address, e.g. http://127.0.0.1:4327/ */
  url: string;
  /** Stops the database; the app keeps running and answers 503. */
  stopDatabase(): Promise<void>;
  /** Starts the database again on the same port with the same data. */
  startDatabase(): Promise<void>;
  /** Freezes the database's process (SIGSTOP): it keeps its port and connections but answers nothing. */
  freezeDatabase(): void;
  /** Lets a frozen database run on (SIGCONT). */
  thawDatabase(): void;
  /** Stops the app and the database and removes the data. */
  stop(): Promise<void>;
}

export async function startPrivateApp(options: PrivateAppOptions): Promise<PrivateApp> {
  if (!fs.existsSync(path.join(CLIENT_DIST, "index.html"))) {
    throw new Error(
      `No built client in ${CLIENT_DIST}: the e2e web server builds it; run \`npm run build\`.`,
    );
  }
  const home = fs.mkdtempSync(path.join(os.tmpdir(), "graphbrief-e2e-private-"));
  const boltPort = BOLT_PORT + options.portOffset;
  const log = (line: string) => console.log(`[private app] ${line}`);
  const startDatabase = () => startLocalNeo4j({ home, boltPort, heap: "512m", log, timeoutMs: 240_000 });
  let database: LocalNeo4j | undefined = await startDatabase();
  let connection: Neo4jConnection | undefined;
  let server: RunningServer | undefined;
  const stop = async () => {
    if (database?.pid) process.kill(database.pid, "SIGCONT");
    await server?.close();
    await connection?.close();
    await database?.stop();
    fs.rmSync(home, { recursive: true, force: true });
  };
  try {
    connection = await connectNeo4j(externalTarget(database));
    if (options.articles) await loadArticles(connection.driver, options.articles, { database: "neo4j" });
    if (options.extraction) {
      await applySchema(connection.driver, "neo4j");
      await writeExtraction(connection.driver, options.extraction, { database: "neo4j" });
    }
    await prepareDatabase(connection, log);
    server = await startServer(
      {
        reader: createReader(connection.driver, { database: connection.database }),
        database: connection.database,
        maxNodes: 2000,
        driver: connection.queryDriver,
        queriesDir: QUERIES_DIR,
        savedQueriesDir: savedQueriesDir(home),
      },
      { host: "127.0.0.1", port: APP_PORT + options.portOffset, clientDir: CLIENT_DIST, log },
    );
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    url: server.url,
    async stopDatabase() {
      await database?.stop();
      database = undefined;
    },
    async startDatabase() {
      database = await startDatabase();
    },
    freezeDatabase() {
      if (database?.pid) process.kill(database.pid, "SIGSTOP");
    },
    thawDatabase() {
      if (database?.pid) process.kill(database.pid, "SIGCONT");
    },
    stop,
  };
}

/** The private database as `NEO4J_URI` and friends would describe it. */
function externalTarget(database: LocalNeo4j) {
  return loadConfig({ NEO4J_URI: database.uri, NEO4J_USER: database.user, NEO4J_PASSWORD: database.password })
    .neo4j;
}
