/**
 * The HTTP API: every route under /api, one error handler that turns any failure into
 * `{"error": {"code", "message"}}` with an HTTP status (and never a stack trace), JSON 404s for unknown routes.
 * Before any route: bodies over the cap are refused (413) without being read to their end, and a POST whose
 * Origin is not one of the addresses this server answers to is refused (see host-check.ts), so neither another
 * site nor a DNS-rebinding page can pass as this origin.
 */
import { Hono, type MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { DEFAULT_DEADLINES, deadlines } from "./deadline.ts";
import type { AppDeps } from "./deps.ts";
import { errorResponse, type ServerErrorListener } from "./error-response.ts";
import { type HostPolicy, hostPolicy, originAddress, servedPort } from "./host-check.ts";
import { ApiError } from "./http-error.ts";
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
  onServerError?: ServerErrorListener;
  /** The addresses a POST's Origin may name; by default those of a server bound to 127.0.0.1. */
  hosts?: HostPolicy;
  /** The largest request body read (GRAPHBRIEF_MAX_BODY); MAX_BODY_BYTES by default. */
  maxBodyBytes?: number;
}

/** The largest request body the API reads by default; saved queries and parameters fit well within it. */
export const MAX_BODY_BYTES = 1024 * 1024;

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
const SAME_SITE_FETCH = new Set(["same-origin", "none"]);

/**
 * Browsers mark every POST with Origin (and Sec-Fetch-Site); requests without either (curl, scripts) are no CSRF.
 * An Origin must be an address this server answers to, whatever the content type: JSON included, since the API
 * is for its own page only. Without Origin, a Sec-Fetch-Site other than same-origin is refused.
 */
function refuseCrossSite(hosts: HostPolicy): MiddlewareHandler {
  return (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    const origin = c.req.header("origin");
    const site = c.req.header("sec-fetch-site");
    const refused =
      origin !== undefined
        ? !fromServedOrigin(origin, hosts, servedPort(c))
        : site && !SAME_SITE_FETCH.has(site);
    if (refused) {
      throw new ApiError(
        403,
        "cross_site_request",
        "Refused: a request from another site. Use graphbrief's own page, or send the request without an Origin header.",
      );
    }
    return next();
  };
}

function fromServedOrigin(origin: string, hosts: HostPolicy, port: number): boolean {
  const address = originAddress(origin);
  return address !== undefined && hosts.accepts(address, port);
}

/** Refuses a body over `maxSize` from its Content-Length, or once that much of a stream has come, before parsing. */
function limitBody(maxSize: number): MiddlewareHandler {
  return bodyLimit({
    maxSize,
    onError: () => {
      throw new ApiError(
        413,
        "body_too_large",
        `The request body is larger than ${formatSize(maxSize)}; send a shorter query or fewer parameters.`,
      );
    },
  });
}

function formatSize(bytes: number): string {
  if (bytes % (1024 * 1024) === 0) return `${bytes / 1024 / 1024} MiB`;
  if (bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${bytes} bytes`;
}

export function createApi(deps: AppDeps, options: ApiOptions = {}) {
  const api = new Hono()
    .use(deadlines({ ...DEFAULT_DEADLINES, ...deps.deadlines }))
    .use(limitBody(options.maxBodyBytes ?? MAX_BODY_BYTES))
    .use(refuseCrossSite(options.hosts ?? hostPolicy("127.0.0.1")))
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
  api.onError((error, c) => errorResponse(error, c, options.onServerError));
  return api;
}
