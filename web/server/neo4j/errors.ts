/**
 * Classifies Neo4j driver errors by their code (never by message text) into API errors.
 */
import { ApiError } from "../http-error.ts";

const UNAVAILABLE_CODES = new Set([
  "ServiceUnavailable",
  "SessionExpired",
  "Neo.TransientError.General.DatabaseUnavailable",
  "Neo.TransientError.Database.DatabaseUnavailable",
]);

/** A query passed the memory Neo4j allows one transaction (db.memory.transaction.max) or all together. */
export function isMemoryLimit(code: string): boolean {
  return code.endsWith("MemoryPoolOutOfMemoryError") || code.endsWith("TransactionMemoryLimit");
}

const BUSY_CODES = new Set([
  "Neo.TransientError.Request.NoThreadsAvailable",
  "Neo.TransientError.General.OutOfMemoryError",
]);

export function neo4jCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

export function isDatabaseUnavailable(error: unknown): boolean {
  const code = neo4jCode(error);
  return code !== undefined && UNAVAILABLE_CODES.has(code);
}

export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  const code = neo4jCode(error);
  if (code === undefined) {
    return new ApiError(500, "internal", "An unexpected error occurred; the server log has the details.", {
      cause: error,
    });
  }
  if (isMemoryLimit(code)) {
    return new ApiError(
      422,
      "query_memory_limit",
      "The query needed more memory than one query may use and was stopped; add a LIMIT, aggregate less or narrow the match.",
      { cause: error },
    );
  }
  if (BUSY_CODES.has(code)) {
    return new ApiError(
      503,
      "database_busy",
      "The Neo4j database is too busy to take this request; try again shortly.",
      {
        cause: error,
      },
    );
  }
  if (code.startsWith("Neo.TransientError.") && !isDatabaseUnavailable(error)) {
    return new ApiError(
      503,
      "database_transient",
      `Neo4j could not complete the request for now (${code}); try again.`,
      {
        cause: error,
      },
    );
  }
  if (isDatabaseUnavailable(error)) {
    return new ApiError(503, "database_unavailable", "The Neo4j database cannot be reached; retrying.", {
      cause: error,
    });
  }
  if (
    code === "Neo.ClientError.Transaction.TransactionTimedOut" ||
    code.endsWith("TransactionTimedOutClientConfiguration")
  ) {
    return new ApiError(504, "query_timeout", "The query took too long and was stopped.", { cause: error });
  }
  if (code.startsWith("Neo.ClientError.Security.")) {
    return new ApiError(503, "database_auth", "The server's Neo4j credentials were refused.", {
      cause: error,
    });
  }
  if (code.startsWith("Neo.ClientError.Statement.")) {
    return new ApiError(400, "query_error", messageOf(error), { cause: error });
  }
  if (code.startsWith("Neo.ClientError.")) {
    return new ApiError(400, "database_client_error", messageOf(error), { cause: error });
  }
  return new ApiError(502, "database_error", "Neo4j reported an error; the server log has the details.", {
    cause: error,
  });
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
