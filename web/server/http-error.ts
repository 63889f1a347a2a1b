/**
 * The API's one error type: an HTTP status, a stable machine-readable code and a message for people.
 * Route handlers throw it; `app.ts` turns it (and anything else) into `{"error": {"code", "message"}}`.
 */
import type { ContentfulStatusCode } from "hono/utils/http-status";

export class ApiError extends Error {
  override name = "ApiError";

  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
