/**
 * The API's one error type: an HTTP status, a stable machine-readable code and a message for people.
 * Route handlers throw it; `app.ts` turns it (and anything else) into `{"error": {"code", "message"}}`, plus
 * any `details` (e.g. the position of a Cypher syntax error).
 */
import type { ContentfulStatusCode } from "hono/utils/http-status";

export class ApiError extends Error {
  override name = "ApiError";
  /** Extra fields of the error body, beside code and message. */
  readonly details: Record<string, unknown> | undefined;

  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    options?: { cause?: unknown; details?: Record<string, unknown> },
  ) {
    super(message, options);
    this.details = options?.details;
  }
}
