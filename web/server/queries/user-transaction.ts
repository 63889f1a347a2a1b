/**
 * Transactions of user-written Cypher, marked as such in their metadata: the local Neo4j's watchdog
 * (neo4j/launcher, RunawayQueryStopper) stops only transactions with this mark when they ignore their timeout or
 * fill the heap, and the runner finds its own transaction by its run id to terminate it on the server when the
 * request's time is up, which also reaches an external server that has no such watchdog.
 */
import { randomUUID } from "node:crypto";
import type { Driver, Session } from "neo4j-driver";
import neo4j from "neo4j-driver";

/** Must match RunawayQueryStopper.USER_QUERY_KEY / USER_QUERY_VALUE in the launcher. */
export const USER_QUERY_METADATA = { app: "graphbrief-user-query" } as const;

export interface UserTransactionTarget {
  driver: Driver;
  database: string;
  timeoutMs: number;
}

export interface UserRun {
  /** Unique per run, in the transaction's metadata. */
  id: string;
  startedAt: number;
}

export function newUserRun(): UserRun {
  return { id: randomUUID(), startedAt: performance.now() };
}

export function readSession(target: UserTransactionTarget, fetchSize?: number): Session {
  return target.driver.session({
    database: target.database,
    defaultAccessMode: neo4j.session.READ,
    ...(fetchSize ? { fetchSize } : {}),
  });
}

/** An explicit transaction (never retried by the driver) with the timeout and the user-query mark. */
export function beginUserTransaction(
  session: Session,
  target: UserTransactionTarget,
  run: UserRun,
): ReturnType<Session["beginTransaction"]> {
  return session.beginTransaction({
    timeout: target.timeoutMs,
    metadata: { ...USER_QUERY_METADATA, run: run.id },
  });
}

const FIND_RUN = `SHOW TRANSACTIONS YIELD transactionId, metaData
  WHERE metaData.app = $app AND metaData.run = $run RETURN transactionId`;

/**
 * Terminates the run's transaction on the server if it is still there (Community allows TERMINATE TRANSACTIONS
 * for the user's own transactions). Best effort: an unreachable server has nothing to terminate.
 */
export async function terminateUserRun(target: UserTransactionTarget, run: UserRun): Promise<boolean> {
  const session = target.driver.session({ database: target.database });
  try {
    const found = await session.run(
      FIND_RUN,
      { app: USER_QUERY_METADATA.app, run: run.id },
      { timeout: 5_000 },
    );
    const ids = found.records.map((record) => record.get("transactionId") as string);
    if (ids.length === 0) return false;
    await session.run("TERMINATE TRANSACTIONS $ids", { ids }, { timeout: 5_000 });
    return true;
  } catch {
    return false;
  } finally {
    await session.close().catch(() => {});
  }
}
