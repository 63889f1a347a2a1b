/**
 * Runs saved and ad-hoc Cypher for people: its text checked first (query-text.ts), then proved read-only
 * (EXPLAIN, see read-only.ts), then run in a READ-mode transaction with a timeout, reading records until a row,
 * node or byte cap says stop. At most `slots` such queries run at once (gate.ts). Transactions are explicit, so
 * the driver never retries a user query on a transient error (a query that ran out of memory would run again).
 */
import type { Driver, Node } from "neo4j-driver";
import type { QueryResult } from "../../shared/query-types.ts";
import { ApiError } from "../http-error.ts";
import { installValueDepthGuard } from "../neo4j/value-depth-guard.ts";
import { queryTimeoutError, toCypherApiError } from "./cypher-errors.ts";
import { createGate } from "./gate.ts";
import { assertQueryTextAllowed, planNotSupported } from "./query-text.ts";
import { assertReadOnly, type ExplainTarget } from "./read-only.ts";
import { type ResultCaps, ResultCollector } from "./result-collector.ts";
import { explainDroppedRun } from "./stopped-run.ts";
import {
  beginUserTransaction,
  newUserRun,
  readSession,
  terminateUserRun,
  type UserRun,
} from "./user-transaction.ts";
import { createVerdictCache } from "./verdict-cache.ts";

export interface QueryLimits extends ResultCaps {
  timeoutMs: number;
  /** User queries that may run at once; more wait for a slot. */
  slots: number;
  /** How long a query may wait for a slot before it is answered as busy. */
  maxWaitMs: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  timeoutMs: 15_000,
  maxRows: 1000,
  maxNodes: 2000,
  maxBytes: 16 * 1024 * 1024,
  // Measured with worker-dispatch at 16 and 64 clients on 2 cores (npm run bench): 4, 6 or 8 slots answered no
  // more queries per second than 2, since the cores are busy either way; 2 leaves the most room to the explorer.
  slots: 2,
  maxWaitMs: 10_000,
};

/** Records fetched from Neo4j per batch: small, so that huge rows past a cap are never pulled into memory. */
const FETCH_SIZE = 50;

export interface QueryRunner {
  /** Refuses (4xx) anything that is not provably read-only; does not run it. */
  check(cypher: string, params: Record<string, unknown>): Promise<void>;
  /** `deadline`: aborted when the request's time is up; the query's transaction is then terminated on the server. */
  run(cypher: string, params: Record<string, unknown>, deadline?: AbortSignal): Promise<QueryResult>;
  /**
   * Runs a saved query's text: checked like `run` the first time, then trusted for as long as the text stays
   * exactly the same (verdict-cache.ts). Ad-hoc Cypher must go through `run`.
   */
  runSaved(cypher: string, params: Record<string, unknown>, deadline?: AbortSignal): Promise<QueryResult>;
}

/** After its timeout, a query still running is terminated on the server (Neo4j's own timeout missed it). */
const TERMINATE_AFTER_TIMEOUT_MS = 1_000;
/** How often a run whose time is up looks for its transaction on the server until it can terminate it. */
const TERMINATE_RETRY_MS = 200;

/** A run asked for after its request's deadline: nobody waits for its answer any more. */
export class DeadlinePassedError extends Error {
  override name = "DeadlinePassedError";
  constructor() {
    super("the request's deadline passed before the query started");
  }
}

export function createQueryRunner(driver: Driver, database: string, limits: QueryLimits): QueryRunner {
  installValueDepthGuard();
  const target: ExplainTarget = { driver, database, timeoutMs: limits.timeoutMs };
  const gate = createGate(limits.slots, limits.maxWaitMs);
  const checkNow = async (cypher: string, params: Record<string, unknown>) => {
    const plan = assertQueryTextAllowed(cypher);
    await assertReadOnly(target, plan?.rest ?? cypher, params).catch((error: unknown) => {
      throw toCypherApiError(error, { timeoutMs: limits.timeoutMs, explained: true });
    });
    if (plan) throw planNotSupported(plan.keyword);
  };
  const verdicts = createVerdictCache();
  const runChecked = async (
    cypher: string,
    params: Record<string, unknown>,
    deadline: AbortSignal | undefined,
  ): Promise<QueryResult> => {
    // The request's time ran out while it waited for a slot or was being checked: its answer has gone, so the
    // query is never started (an abort event does not reach a listener added after it).
    if (deadline?.aborted) throw new DeadlinePassedError();
    const run = newUserRun();
    let settled = false;
    // The transaction may not be listed yet when the time is up (BEGIN still on its way): look again until it is
    // terminated or the run has ended of itself.
    const terminate = () =>
      void (async () => {
        while (!settled && !(await terminateUserRun(target, run)))
          await new Promise((resolve) => setTimeout(resolve, TERMINATE_RETRY_MS));
      })();
    // A query the runner itself stops after its timeout fails with "terminated", not "timed out": still a timeout.
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      terminate();
    }, limits.timeoutMs + TERMINATE_AFTER_TIMEOUT_MS);
    deadline?.addEventListener("abort", terminate);
    try {
      const collector = await collect(target, run, cypher, params, limits);
      return {
        columns: collector.columns,
        rows: collector.rows,
        graph: { nodes: [...collector.nodes.values()], edges: [...collector.edges.values()] },
        truncated: collector.truncated,
        elapsedMs: Math.round(performance.now() - run.startedAt),
      };
    } catch (error) {
      const dropped = await explainDroppedRun(error, target, run);
      if (dropped) throw dropped;
      if (timedOut && !(error instanceof ApiError)) throw queryTimeoutError(limits.timeoutMs, error);
      throw toCypherApiError(error, { timeoutMs: limits.timeoutMs, explained: false });
    } finally {
      settled = true;
      clearTimeout(timer);
      deadline?.removeEventListener("abort", terminate);
    }
  };
  return {
    check: (cypher, params) => gate.run(() => checkNow(cypher, params)),
    run: (cypher, params, deadline) =>
      gate.run(async () => {
        await checkNow(cypher, params);
        return await runChecked(cypher, params, deadline);
      }),
    runSaved: (cypher, params, deadline) =>
      gate.run(async () => {
        if (!verdicts.has(cypher)) {
          await checkNow(cypher, params);
          verdicts.add(cypher);
        }
        return await runChecked(cypher, params, deadline);
      }),
  };
}

const ENDPOINTS = "MATCH (n) WHERE elementId(n) IN $ids RETURN n";

async function collect(
  target: ExplainTarget,
  run: UserRun,
  cypher: string,
  params: Record<string, unknown>,
  caps: ResultCaps,
): Promise<ResultCollector> {
  const session = readSession(target, FETCH_SIZE);
  try {
    // Not awaited: BEGIN goes out together with the query's RUN and first PULL, one round trip for all three.
    const tx = beginUserTransaction(session, target, run);
    try {
      const collector = new ResultCollector(caps);
      const result = tx.run(cypher, params);
      for await (const record of result) {
        if (!collector.add(record)) break;
      }
      if (collector.columns.length === 0) collector.columns = [...(await result.keys())];
      const missing = collector.missingEndpoints();
      if (missing.length > 0) {
        const { records } = await tx.run<{ n: Node }>(ENDPOINTS, { ids: missing });
        collector.addEndpoints(records.map((record) => record.get("n")));
      }
      return collector;
    } finally {
      if (tx.isOpen()) await tx.rollback();
    }
  } finally {
    await session.close();
  }
}
