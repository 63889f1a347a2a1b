/**
 * Opens the Neo4j driver for the configured target. For the local default it reuses a local server that is
 * already running (started by `npm run db` or another graphbrief process) and otherwise starts one, owned by
 * this process; for an external server (NEO4J_URI) it never starts anything.
 */
import neo4j, { type Driver } from "neo4j-driver";
import type { Neo4jTarget } from "../config/env.ts";
import { LocalNeo4jError } from "./local/errors.ts";
import { passwordFile, readOrCreatePassword } from "./local/password.ts";
import { type LocalNeo4j, startLocalNeo4j } from "./local/server.ts";

export interface Neo4jConnection {
  driver: Driver;
  database: string;
  /** Where the data lives, for messages: a URI, never a password. */
  uri: string;
  /** How another process reaches the same database (a loader process started by the app). */
  target: Neo4jTarget;
  /** Closes the driver and stops the local server if this process started it. */
  close(): Promise<void>;
}

export interface ConnectOptions {
  log?: (line: string) => void;
}

export async function connectNeo4j(
  target: Neo4jTarget,
  options: ConnectOptions = {},
): Promise<Neo4jConnection> {
  if (target.kind === "external") {
    const driver = createDriver(target.uri, target.user, target.password);
    return { driver, database: target.database, uri: target.uri, target, close: () => driver.close() };
  }
  const running = await findRunningLocalServer(target);
  if (running) return running;
  const server = await startLocalNeo4j({ ...target, ...(options.log ? { log: options.log } : {}) });
  return localConnection(server, target, server.stop);
}

async function findRunningLocalServer(target: Extract<Neo4jTarget, { kind: "local" }>) {
  const uri = `bolt://127.0.0.1:${target.boltPort}`;
  const driver = createDriver(uri, "neo4j", readOrCreatePassword(target.home));
  let accepted: boolean;
  try {
    accepted = await driver.verifyAuthentication();
  } catch (error) {
    await driver.close();
    if (isAuthError(error)) throw passwordRefused(uri, target.home);
    return undefined;
  }
  if (!accepted) {
    await driver.close();
    throw passwordRefused(uri, target.home);
  }
  return {
    driver,
    database: target.database,
    uri,
    target,
    close: () => driver.close(),
  } satisfies Neo4jConnection;
}

function passwordRefused(uri: string, home: string): LocalNeo4jError {
  return new LocalNeo4jError(
    `A Neo4j on ${uri} refused the password in ${passwordFile(home)}: it belongs to other data. ` +
      "Stop it, or set GRAPHBRIEF_NEO4J_PORT to use another port.",
  );
}

function localConnection(
  server: LocalNeo4j,
  target: Extract<Neo4jTarget, { kind: "local" }>,
  stop: () => Promise<void>,
): Neo4jConnection {
  const driver = createDriver(server.uri, server.user, server.password);
  return {
    driver,
    database: target.database,
    uri: server.uri,
    target,
    close: async () => {
      await driver.close();
      await stop();
    },
  };
}

/**
 * At most this many transactions run at once; further requests wait for a connection. Queueing here rather than
 * inside Neo4j matters because a transaction's timeout runs from its start: with dozens of queries sharing a few
 * cores at once, each one's clock would run out while it waits for CPU, and sound queries would time out.
 */
const MAX_CONCURRENT_TRANSACTIONS = 16;

function createDriver(uri: string, user: string, password: string): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(user, password), {
    maxConnectionPoolSize: MAX_CONCURRENT_TRANSACTIONS,
    connectionAcquisitionTimeout: 60_000,
    connectionTimeout: 5_000,
    maxTransactionRetryTime: 5_000,
    userAgent: "graphbrief/0.1",
    // Counts and offsets are far below 2^53: plain numbers serialise to JSON as they are.
    disableLosslessIntegers: true,
  });
}

function isAuthError(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" && code.startsWith("Neo.ClientError.Security.");
}
