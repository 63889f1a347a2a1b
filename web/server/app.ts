/**
 * The HTTP API: every route under /api, one error handler that turns any failure into
 * `{"error": {"code", "message"}}` with an HTTP status (and never a stack trace), JSON 404s for unknown routes.
 * Cross-site form and text POSTs, which browsers send without a CORS preflight, are refused before any route.
 */
import { type Context, Hono, type MiddlewareHandler } from "hono";
import { csrf } from "hono/csrf";
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

const csrfCheck = csrf();

/** Browsers mark every POST with Origin (and Sec-Fetch-Site); requests without either (curl, scripts) are no CSRF. */
const refuseCrossSite: MiddlewareHandler = (c, next) =>
  c.req.header("origin") || c.req.header("sec-fetch-site") ? csrfCheck(c, next) : next();

export function createApi(deps: AppDeps, options: ApiOptions = {}) {
  const api = new Hono()
    .use(refuseCrossSite)
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
  const apiError = error instanceof HTTPException ? fromHttpException(error) : toApiError(error);
  if (apiError.status >= 500) options.onServerError?.(error);
  return c.json(
    { error: { code: apiError.code, message: apiError.message, ...apiError.details } },
    apiError.status,
  );
}

/** Hono's own exceptions: a cross-site request refused by `csrf()` (403), or input refused by a validator. */
function fromHttpException(error: HTTPException): ApiError {
  if (error.status === 403) {
    return new ApiError(
      403,
      "cross_site_request",
      "Refused: a form or text request from another site. Send JSON (Content-Type: application/json).",
    );
  }
  return new ApiError(error.status === 500 ? 400 : error.status, "bad_request", error.message);
}
