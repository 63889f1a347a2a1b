/**
 * The whole app in one process: the client bundle, the database (local or external), the API and the page on
 * one port. Used by `npm start`, `npm run dev` (without the client build) and the end-to-end tests.
 */
import type { AppConfig } from "../../config/env.ts";
import { makeDataDirPrivate } from "../../config/private-data-dir.ts";
import { connectNeo4j } from "../../neo4j/connection.ts";
import type { SupervisorTimings } from "../../neo4j/local/supervisor.ts";
import { createReader } from "../../web/server/neo4j/reader.ts";
import { startServer } from "../../web/server/serve.ts";
import { CLIENT_DIST, ensureClientBuilt } from "./build-client.ts";
import { prepareWhenReachable } from "./prepare-database.ts";
import { QUERIES_DIR, savedQueriesDir } from "./queries-dir.ts";

export interface RunAppOptions {
  /** Serve the built client (false in development, where Vite serves it). */
  serveClient: boolean;
  log?: (line: string) => void;
  maxNodes?: number;
  /** Probe and backoff settings of the local Neo4j's supervisor (defaults in neo4j/local/supervisor.ts). */
  supervise?: SupervisorTimings;
}

export interface RunningApp {
  url: string;
  /** Settles once the schema and sample corpus are in place (false if stopped before that). */
  databaseReady: Promise<boolean>;
  stop(): Promise<void>;
}

export async function runApp(config: AppConfig, options: RunAppOptions): Promise<RunningApp> {
  const log = options.log ?? ((line: string) => console.error(line));
  makeDataDirPrivate(config.dataDir);
  if (options.serveClient) await ensureClientBuilt(log);
  // The app heals the local Neo4j it started itself; see neo4j/local/supervisor.ts.
  const connection = await connectNeo4j(config.neo4j, { log, supervise: options.supervise ?? {} });
  const preparation = prepareWhenReachable(connection, log);
  const reader = createReader(connection.driver, { database: connection.database });
  try {
    const server = await startServer(
      {
        reader,
        database: connection.database,
        maxNodes: options.maxNodes ?? 2000,
        driver: connection.queryDriver,
        queriesDir: QUERIES_DIR,
        savedQueriesDir: savedQueriesDir(config.dataDir),
      },
      { ...config.server, log, ...(options.serveClient ? { clientDir: CLIENT_DIST } : {}) },
    );
    return {
      url: server.url,
      databaseReady: preparation.ready,
      async stop() {
        preparation.cancel();
        await server.close();
        await connection.close();
      },
    };
  } catch (error) {
    preparation.cancel();
    await connection.close();
    throw error;
  }
}

/** Stops the app once on Ctrl+C or SIGTERM, then exits. */
export function stopOnSignals(app: RunningApp, log: (line: string) => void): void {
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`\n${signal}: stopping graphbrief…`);
    await app.stop();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}
