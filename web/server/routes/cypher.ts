/**
 * POST /api/cypher: ad-hoc Cypher from the editor, `{"query", "params"}`, under the same rules as saved
 * queries (EXPLAIN check, READ transaction, timeout, row and node caps).
 * POST /api/cypher/lint: the editor's linting, `{"query"}`: the server plans the query (EXPLAIN, nothing runs)
 * with its own Cypher version, so the editor underlines exactly what this server refuses and nothing it accepts.
 * GET /api/cypher/schema: labels, relationship types and property keys of the live graph, for completion.
 */
import { Hono } from "hono";
import type { CypherLintResponse, CypherProblem, GraphSchema } from "../../shared/query-types.ts";
import { requestDeadline } from "../deadline.ts";
import type { AppDeps } from "../deps.ts";
import { ApiError } from "../http-error.ts";
import { adHocQueryParams } from "../queries/params.ts";
import { cypherBody, lintBody, readBody } from "../queries/request-body.ts";
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

/** Errors that are the query's fault: the lint reports them; anything else (an outage) is the request's error. */
const QUERY_PROBLEMS = new Set(["cypher_syntax", "query_error", "query_refused"]);

const SCHEMA = `
  CALL () { CALL db.labels() YIELD label RETURN collect(label) AS labels }
  CALL () { CALL db.relationshipTypes() YIELD relationshipType RETURN collect(relationshipType) AS relationshipTypes }
  CALL () { CALL db.propertyKeys() YIELD propertyKey RETURN collect(propertyKey) AS propertyKeys }
  RETURN labels, relationshipTypes, propertyKeys`;

export function cypherRoutes(deps: AppDeps) {
  const runner = queryRunner(deps);
  return new Hono()
    .post("/", async (c) => {
      const body = await readBody(c, cypherBody);
      return c.json(await runner.run(body.query, adHocQueryParams(body.params), requestDeadline(c)));
    })
    .post("/lint", async (c) => {
      const body = await readBody(c, lintBody);
      const answer: CypherLintResponse = { problems: [] };
      if (body.query.trim() === "") return c.json(answer);
      try {
        await runner.check(body.query, {});
      } catch (error) {
        if (!(error instanceof ApiError) || !QUERY_PROBLEMS.has(error.code)) throw error;
        const position = error.details?.position as CypherProblem["position"];
        answer.problems.push({ code: error.code, message: error.message, ...(position ? { position } : {}) });
      }
      return c.json(answer);
    })
    .get("/schema", async (c) => {
      const [row] = await deps.reader.read<GraphSchema>(SCHEMA, {});
      const schema: GraphSchema = {
        labels: [...(row?.labels ?? [])].sort(),
        relationshipTypes: [...(row?.relationshipTypes ?? [])].sort(),
        propertyKeys: [...(row?.propertyKeys ?? [])].sort(),
      };
      return c.json(schema);
    });
}
