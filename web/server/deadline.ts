/**
 * An answer in time whatever the database does: a request still running at its deadline is answered with an
 * error at once (its work is left to finish or fail on its own, and its late result is dropped). Neo4j's own
 * timeouts do not cover a server that has stopped answering (a hung or frozen process), nor one long expression
 * that the database cannot interrupt. Work that can be called off (a user query's transaction) listens to
 * `requestDeadline(c)`, which is aborted when the answer goes out.
 */
import type { Context, MiddlewareHandler } from "hono";
import { ApiError } from "./http-error.ts";

export interface Deadlines {
  /** GET /api/health, which the page polls to show its banner: short, so that an outage shows at once. */
  healthMs: number;
  /** The explorer's own routes (search, entities, paths, overview, articles). */
  appMs: number;
  /** User-written Cypher: its wait for a free slot, its EXPLAIN check and its run. */
  queryMs: number;
}

declare module "hono" {
  interface ContextVariableMap {
    deadline: AbortSignal;
  }
}

/** Aborted when the request's deadline passes. */
export function requestDeadline(c: Context): AbortSignal | undefined {
  return c.get("deadline");
}

export const DEFAULT_DEADLINES: Deadlines = { healthMs: 4_000, appMs: 20_000, queryMs: 32_000 };

/** Runs the rest of the request against the deadline its path gets. */
export function deadlines(limits: Deadlines): MiddlewareHandler {
  return async (c, next) => {
    const { ms, late } = deadlineOf(c, limits);
    const controller = new AbortController();
    c.set("deadline", controller.signal);
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        reject(late(ms));
        controller.abort();
      }, ms);
    });
    try {
      await Promise.race([next(), expired]);
    } finally {
      clearTimeout(timer);
    }
  };
}

function deadlineOf(c: Context, limits: Deadlines): { ms: number; late: (ms: number) => ApiError } {
  const path = c.req.path.replace(/^\/api(?=\/)/, "");
  if (path.startsWith("/health")) return { ms: limits.healthMs, late: databaseNotResponding };
  if (c.req.method === "POST" && (path.startsWith("/cypher") || path.startsWith("/queries"))) {
    return { ms: limits.queryMs, late: queryDeadline };
  }
  return { ms: limits.appMs, late: databaseNotResponding };
}

function databaseNotResponding(ms: number): ApiError {
  return new ApiError(
    503,
    "database_not_responding",
    `The Neo4j database did not answer within ${ms / 1000} s; it may be overloaded or stuck. Try again shortly.`,
  );
}

function queryDeadline(ms: number): ApiError {
  return new ApiError(
    504,
    "query_deadline",
    `The query did not finish within ${ms / 1000} s (waiting, checking and running); add a LIMIT, narrow the match or try again later.`,
  );
}
