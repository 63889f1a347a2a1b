/**
 * The HTTP API: every route under /api, one error handler that turns any failure into
 * `{"error": {"code", "message"}}` with an HTTP status (and never a stack trace), JSON 404s for unknown routes.
 * Before any route: bodies over the cap are refused (413) without being read to their end, and a POST from
 * another origin is refused (the Host it is compared with has been checked against the served names, see
 * host-check.ts, so a DNS-rebinding page cannot pass as this origin).
 */
import { type Context, Hono, type MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { HTTPException } from "hono/http-exception";
import { DEFAULT_DEADLINES, deadlines } from "./deadline.ts";
import type { AppDeps } from "./deps.ts";
import { ApiError } from "./http-error.ts";
import { toApiError } from "./neo4j/errors.ts";
import { articleRoutes } from "./routes/articles.ts";
import { cypherRoutes } from "./routes/cypher.ts";
import { entityRoutes } from "./routes/entities.ts";
import { healthRoutes } from "./routes/health.ts";
import { linkRoutes } from "./routes/links.ts";
import { neighbourRoutes } from "./routes/neighbours.ts";
import { overviewRoutes } from "./routes/overview.ts";
import { pathRoutes } from "./routes/paths.ts";
import { queryRoutes } from "./routes/queries.ts";
import { searchRoutes } from "./routes/search.ts";

export interface ApiOptions {
  /** Called with errors that are the server's fault (5xx), for the log. */
  onServerError?: (error: unknown) => void;
}

/** The largest request body the API reads; saved queries and parameters fit well within it. */
export const MAX_BODY_BYTES = 1024 * 1024;

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
const SAME_SITE_FETCH = new Set(["same-origin", "none"]);

/**
 * Browsers mark every POST with Origin (and Sec-Fetch-Site); requests without either (curl, scripts) are no CSRF.
 * Any other origin is refused whatever the content type: JSON included, since the API is for its own page only.
 */
const refuseCrossSite: MiddlewareHandler = (c, next) => {
  if (SAFE_METHODS.has(c.req.method)) return next();
  const site = c.req.header("sec-fetch-site");
  const origin = c.req.header("origin");
  if ((site && !SAME_SITE_FETCH.has(site)) || (origin && !sameOrigin(origin, c.req.url))) {
    throw new ApiError(
      403,
      "cross_site_request",
      "Refused: a request from another site. Use graphbrief's own page, or send the request without an Origin header.",
    );
  }
  return next();
};

function sameOrigin(origin: string, url: string): boolean {
  try {
    return new URL(origin).origin === new URL(url).origin;
  } catch {
    return false;
  }
}

const limitBody = bodyLimit({
  maxSize: MAX_BODY_BYTES,
  onError: () => {
    throw new ApiError(
      413,
      "body_too_large",
      `The request body is larger than ${MAX_BODY_BYTES / 1024 / 1024} MiB; send a shorter query or fewer parameters.`,
    );
  },
});

export function createApi(deps: AppDeps, options: ApiOptions = {}) {
  const api = new Hono()
    .use(deadlines({ ...DEFAULT_DEADLINES, ...deps.deadlines }))
    .use(limitBody)
    .use(refuseCrossSite)
    .route("/health", healthRoutes(deps))
    .route("/overview", overviewRoutes(deps))
    .route("/search", searchRoutes(deps))
    .route("/entities", entityRoutes(deps))
    .route("/entities", neighbourRoutes(deps))
    .route("/links", linkRoutes(deps))
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

/** Hono's own exceptions: input refused by a validator or an unreadable body. */
function fromHttpException(error: HTTPException): ApiError {
  return new ApiError(error.status === 500 ? 400 : error.status, "bad_request", error.message);
}
