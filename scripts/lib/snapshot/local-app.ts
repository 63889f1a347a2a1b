/**
 * The app served in-process for a snapshot, as `npm start` serves it (same database preparation, nothing more),
 * on a free port of 127.0.0.1. An external database (NEO4J_URI) is checked first, so that an unreachable one is
 * a clear error rather than an endless retry.
 */
import type { AppConfig } from "../../../config/env.ts";
import { connectNeo4j } from "../../../neo4j/connection.ts";
import { type RunningApp, runApp } from "../run-app.ts";
import { SnapshotError } from "./errors.ts";

export async function startLocalApp(config: AppConfig, log: (line: string) => void): Promise<RunningApp> {
  if (config.neo4j.kind === "external") await checkReachable(config);
  const app = await runApp({ ...config, server: { host: "127.0.0.1", port: 0 } }, { serveClient: true, log });
  try {
    if (!(await app.databaseReady)) throw new SnapshotError("The app stopped before its database was ready.");
    return app;
  } catch (error) {
    await app.stop();
    throw error;
  }
}

async function checkReachable(config: AppConfig): Promise<void> {
  const connection = await connectNeo4j(config.neo4j);
  try {
    await connection.driver.verifyConnectivity({ database: connection.database });
  } catch (error) {
    throw new SnapshotError(
      `The database at ${connection.uri} cannot be reached (${error instanceof Error ? error.message : String(error)}); start it or fix NEO4J_URI.`,
      3,
      { cause: error },
    );
  } finally {
    await connection.close();
  }
}
