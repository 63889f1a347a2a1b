/**
 * The HTTP API: every route under /api, one error handler that turns any failure into
 * `{"error": {"code", "message"}}` with an HTTP status (and never a stack trace), JSON 404s for unknown routes.
 */
import { type Context, Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import type { AppDeps } from "./deps.ts";
import { ApiError } from "./http-error.ts";
import { toApiError } from "./neo4j/errors.ts";
import { healthRoutes } from "./routes/health.ts";
import { overviewRoutes } from "./routes/overview.ts";

export interface ApiOptions {
  /** Called with errors that are the server's fault (5xx), for the log. */
  onServerError?: (error: unknown) => void;
}

export function createApi(deps: AppDeps, options: ApiOptions = {}) {
  const api = new Hono()
    .route("/health", healthRoutes(deps))
    .route("/overview", overviewRoutes(deps))
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
  return c.json({ error: { code: apiError.code, message: apiError.message } }, apiError.status);
}
