/**
 * The one place that turns a failure into an HTTP answer: `{"error": {"code", "message", ...details}}` with the
 * status of its cause, never a stack trace. Both the page server (host check) and the API use it.
 */
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import { ApiError } from "./http-error.ts";
import { toApiError } from "./neo4j/errors.ts";

/** Called with errors that are the server's fault (5xx), for the log. */
export type ServerErrorListener = (error: unknown) => void;

export function errorResponse(error: unknown, c: Context, onServerError?: ServerErrorListener) {
  const apiError = error instanceof HTTPException ? fromHttpException(error) : toApiError(error);
  if (apiError.status >= 500) onServerError?.(error);
  return c.json(
    { error: { code: apiError.code, message: apiError.message, ...apiError.details } },
    apiError.status,
  );
}

/** Hono's own exceptions: input refused by a validator or an unreadable body. */
function fromHttpException(error: HTTPException): ApiError {
  return new ApiError(error.status === 500 ? 400 : error.status, "bad_request", error.message);
}
