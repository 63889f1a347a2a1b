/**
 * The HTTP API: every route under /api, one error handler that turns any failure into
 * `{"error": {"code", "message"}}` with an HTTP status (and never a stack trace), JSON 404s for unknown routes.
 */
import { type Context, Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import type { AppDeps } from "./deps.ts";
import { ApiError } from "./http-error.ts";
import { toApiError } from "./neo4j/errors.ts";
import { articleRoutes } from "./routes/articles.ts";
import { cypherRoutes } from "./routes/cypher.ts";
import { entityRoutes } from "./routes/entities.ts";
import { healthRoutes } from "./routes/health.ts";
import { neighbourRoutes } from "./routes/neighbours.ts";
import { overviewRoutes } from "./routes/overview.ts";
import { pathRoutes } from "./routes/paths.ts";
import { queryRoutes } from "./routes/queries.ts";
import { searchRoutes } from "./routes/search.ts";

export interface ApiOptions {
  /** Called with errors that are the server's fault (5xx), for the log. */
  onServerError?: (error: unknown) => void;
}

export function createApi(deps: AppDeps, options: ApiOptions = {}) {
  const api = new Hono()
    .route("/health", healthRoutes(deps))
    .route("/overview", overviewRoutes(deps))
    .route("/search", searchRoutes(deps))
    .route("/entities", entityRoutes(deps))
    .route("/entities", neighbourRoutes(deps))
    .route("/paths", pathRoutes(deps))
    .route("/articles", articleRoutes(deps))
    .route("/queries", queryRoutes(deps))
    .route("/cypher", cypherRoutes(deps))
    .all("*", (c) => c.json({ error: { code: "not_found", message: `No API route ${c.req.path}` } }, 404));
  api.onError((error, c) => errorResponse(error, c, options));
  return api;
}

function errorResponse(error: unknown, c: Context, options: ApiOptions) {
  const apiError =
    error instanceof HTTPException
      ? new ApiError(error.status === 500 ? 400 : error.status, "bad_request", error.message)
      : toApiError(error);
  if (apiError.status >= 500) options.onServerError?.(error);
  return c.json(
    { error: { code: apiError.code, message: apiError.message, ...apiError.details } },
    apiError.status,
  );
}
