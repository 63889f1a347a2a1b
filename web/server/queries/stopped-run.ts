/**
 * A user query whose connection the database closed while it ran. The local Neo4j's watchdog does that when it
 * stops a query that ignored its timeout or was filling the heap (neo4j/launcher, RunawayQueryStopper); the
 * driver then only sees a closed connection. Which of the two it was follows from the time the query ran, and a
 * quick look at the database tells such a stop from an outage (which keeps its own "cannot be reached" error).
 */
import { ApiError } from "../http-error.ts";
import { neo4jCode } from "../neo4j/errors.ts";
import { queryHeapError } from "./cypher-errors.ts";
import type { UserRun, UserTransactionTarget } from "./user-transaction.ts";

const DROPPED_CODES = new Set(["ServiceUnavailable", "SessionExpired"]);
const REACHABLE_WITHIN_MS = 3_000;

export async function explainDroppedRun(
  error: unknown,
  target: UserTransactionTarget,
  run: UserRun,
): Promise<ApiError | undefined> {
  const code = neo4jCode(error);
  if (code === undefined || !DROPPED_CODES.has(code)) return undefined;
  if (performance.now() - run.startedAt >= target.timeoutMs) {
    return new ApiError(
      408,
      "query_timeout",
      `The query ran longer than ${target.timeoutMs / 1000} s and was stopped; add a LIMIT or narrow the match.`,
      { cause: error },
    );
  }
  if (!(await reachable(target))) return undefined;
  return queryHeapError(error);
}

async function reachable(target: UserTransactionTarget): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), REACHABLE_WITHIN_MS);
  });
  const answered = target.driver
    .verifyConnectivity({ database: target.database })
    .then(() => true)
    .catch(() => false);
  try {
    return await Promise.race([answered, late]);
  } finally {
    clearTimeout(timer);
  }
}
