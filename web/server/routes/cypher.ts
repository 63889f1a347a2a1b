/**
 * POST /api/cypher: ad-hoc Cypher from the editor, `{"query", "params"}`, under the same rules as saved
 * queries (EXPLAIN check, READ transaction, timeout, row and node caps).
 */
import { Hono } from "hono";
import type { AppDeps } from "../deps.ts";
import { adHocQueryParams } from "../queries/params.ts";
import { cypherBody, readBody } from "../queries/request-body.ts";
import { createQueryRunner, DEFAULT_QUERY_LIMITS, type QueryRunner } from "../queries/runner.ts";

const runners = new WeakMap<AppDeps, QueryRunner>();

/** One runner per app, shared by the editor and the saved queries, so that they share its slots. */
export function queryRunner(deps: AppDeps): QueryRunner {
  let runner = runners.get(deps);
  if (!runner) {
    runner = createQueryRunner(deps.driver, deps.database, { ...DEFAULT_QUERY_LIMITS, ...deps.queryLimits });
    runners.set(deps, runner);
  }
  return runner;
}

export function cypherRoutes(deps: AppDeps) {
  const runner = queryRunner(deps);
  return new Hono().post("/", async (c) => {
    const body = await readBody(c, cypherBody);
    return c.json(await runner.run(body.query, adHocQueryParams(body.params)));
  });
}
