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
import { type SupervisorTimings, superviseLocalNeo4j } from "./local/supervisor.ts";
import { claimSupervision, liveSupervisor } from "./local/supervisor-pid.ts";

export interface Neo4jConnection {
  /** The app's own reads (search, health, the explorer) and the loader. */
  driver: Driver;
  /**
   * A separate small pool for user-written Cypher (the editor, saved queries), so that runaway queries can never
   * hold the connections the rest of the app needs; its transactions are never retried.
   */
  queryDriver: Driver;
  database: string;
  /** Where the data lives, for messages: a URI, never a password. */
  uri: string;
  /**
   * How another process reaches the same database (a loader process started by the app): the running server as
   * it is, never a local target, so that such a process never starts a Neo4j of its own while this one's is
   * down or restarting.
   */
  target: Neo4jTarget;
  /** Closes the driver and stops the local server if this process started it. */
  close(): Promise<void>;
}

export interface ConnectOptions {
  log?: (line: string) => void;
  /**
   * Restart the local Neo4j after a crash or a hang (neo4j/local/supervisor.ts), when this process started it;
   * never for NEO4J_URI or a local server another process runs.
   */
  supervise?: SupervisorTimings;
}

export async function connectNeo4j(
  target: Neo4jTarget,
  options: ConnectOptions = {},
): Promise<Neo4jConnection> {
  if (target.kind === "external") {
    return connection(target.uri, target.user, target.password, target);
  }
  const running = await findRunningLocalServer(target);
  if (running) return running;
  const log = options.log ?? console.error;
  const supervisor = liveSupervisor(target.home);
  if (supervisor !== undefined) {
    const back = await waitForSupervisedServer(target, supervisor, log);
    if (back) return back;
  }
  const start = () => startLocalNeo4j({ ...target, ...(options.log ? { log: options.log } : {}) });
  if (!options.supervise) {
    const server = await start();
    return localConnection(server, target, server.stop);
  }
  // Claimed before the first start, so that a process arriving meanwhile waits instead of starting its own.
  const release = claimSupervision(target.home);
  try {
    const server = superviseLocalNeo4j(await start(), start, {
      ...options.supervise,
      database: target.database,
      log,
    });
    return localConnection(server, target, async () => {
      await server.stop();
      release();
    });
  } catch (error) {
    release();
    throw error;
  }
}

/**
 * Another process supervises this data folder's Neo4j and it is silent: it is being restarted. Waits for it to
 * answer; undefined if that process ends first (then nobody will restart it, and this process may start it).
 */
async function waitForSupervisedServer(
  target: Extract<Neo4jTarget, { kind: "local" }>,
  supervisor: number,
  log: (line: string) => void,
  timeoutMs = 300_000,
): Promise<Neo4jConnection | undefined> {
  log(
    `The local Neo4j on 127.0.0.1:${target.boltPort} does not answer; process ${supervisor} supervises it ` +
      "and is starting it again, so this process waits for it…",
  );
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const running = await findRunningLocalServer(target);
    if (running) return running;
    if (liveSupervisor(target.home) === undefined) return undefined;
  }
  throw new LocalNeo4jError(
    `The local Neo4j on 127.0.0.1:${target.boltPort}, supervised by process ${supervisor}, did not answer ` +
      `within ${timeoutMs / 1000} s. Its log is in ${target.home}/logs.`,
  );
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
  await driver.close();
  if (!accepted) throw passwordRefused(uri, target.home);
  return connection(uri, "neo4j", readOrCreatePassword(target.home), target);
}

function connection(
  uri: string,
  user: string,
  password: string,
  target: Neo4jTarget,
  stop: () => Promise<void> = async () => {},
): Neo4jConnection {
  const driver = createDriver(uri, user, password, APP_POOL);
  const queryDriver = createDriver(uri, user, password, QUERY_POOL);
  return {
    driver,
    queryDriver,
    database: target.database,
    uri,
    target: { kind: "external", uri, user, password, database: target.database },
    close: async () => {
      await Promise.all([driver.close(), queryDriver.close()]);
      await stop();
    },
  };
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
  return connection(server.uri, server.user, server.password, target, stop);
}

/**
 * At most this many transactions run at once; further requests wait for a connection. Queueing here rather than
 * inside Neo4j matters because a transaction's timeout runs from its start: with dozens of queries sharing a few
 * cores at once, each one's clock would run out while it waits for CPU, and sound queries would time out.
 */
const MAX_CONCURRENT_TRANSACTIONS = 16;

interface PoolSettings {
  size: number;
  /** How long the driver may retry a transaction that failed with a transient error (0: never). */
  retryMs: number;
  /** Integers as the driver's exact Integer (user queries may return any 64-bit value), else as plain numbers. */
  exactIntegers?: boolean;
}

/**
 * The app's retry window is shorter than the health route's deadline (4 s, web/server/deadline.ts): an unreachable
 * database is then reported as unreachable, not as one that did not answer while the driver was still retrying.
 */
const APP_POOL: PoolSettings = { size: MAX_CONCURRENT_TRANSACTIONS, retryMs: 2_000 };
/** Room for the runner's concurrent user queries (web/server/queries/runner.ts) plus their EXPLAIN checks. */
export const QUERY_POOL: PoolSettings = { size: 4, retryMs: 0, exactIntegers: true };

export function createDriver(
  uri: string,
  user: string,
  password: string,
  pool: PoolSettings = APP_POOL,
): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(user, password), {
    maxConnectionPoolSize: pool.size,
    connectionAcquisitionTimeout: 60_000,
    connectionTimeout: 5_000,
    maxTransactionRetryTime: pool.retryMs,
    userAgent: "graphbrief/0.1",
    // The app's counts and offsets are far below 2^53: plain numbers serialise to JSON as they are.
    disableLosslessIntegers: !pool.exactIntegers,
  });
}

function isAuthError(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" && code.startsWith("Neo.ClientError.Security.");
}
