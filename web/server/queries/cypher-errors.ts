/**
 * Turns Neo4j errors from user-written Cypher into API errors a person can act on: syntax errors with their
 * position in the query as written, timeouts with the limit, refusals by the READ-mode transaction.
 * Errors are told apart by their code; only the position falls back to the message when no field carries it.
 */
import type { CypherPosition } from "../../shared/query-types.ts";
import { ApiError } from "../http-error.ts";
import { neo4jCode, toApiError } from "../neo4j/errors.ts";
import { MAX_VALUE_DEPTH, ValueTooDeepError } from "../neo4j/value-depth-guard.ts";
import { EXPLAIN_PREFIX } from "./read-only.ts";

const REFUSED_CODES = new Set([
  "Neo.ClientError.Statement.AccessMode",
  "Neo.ClientError.Statement.UnsupportedAdministrationCommand",
  "Neo.ClientError.Transaction.InvalidBookmark",
  "Neo.ClientError.Statement.NotSystemDatabaseError",
]);

export interface CypherErrorContext {
  timeoutMs: number;
  /** True for errors of the EXPLAIN check, whose positions count the prefix. */
  explained: boolean;
}

/** The answer for a user query stopped at its timeout, by Neo4j or by the runner's own termination. */
export function queryTimeoutError(timeoutMs: number, cause: unknown): ApiError {
  return new ApiError(
    408,
    "query_timeout",
    `The query ran longer than ${timeoutMs / 1000} s and was stopped; add a LIMIT or narrow the match.`,
    { cause },
  );
}

/**
 * The answer for a user query that filled the database's heap rather than its own budget: the JVM ran out of
 * memory while it ran, or the local watchdog stopped it for filling the heap. The query is at fault, not the
 * database, so it is a 422 like the per-transaction limit and never "busy" or "cannot be reached".
 */
export function queryHeapError(cause: unknown): ApiError {
  return new ApiError(
    422,
    "query_memory_limit",
    "The query needed more memory than the database has to spare and was stopped; build smaller lists or strings, add a LIMIT or narrow the match.",
    { cause },
  );
}

/** A result the driver refused to decode (value-depth-guard.ts): the query built it, so the query must change. */
function resultTooDeepError(cause: ValueTooDeepError): ApiError {
  return new ApiError(
    422,
    "result_too_deep",
    `The result holds lists or maps nested more than ${MAX_VALUE_DEPTH} levels deep; return a flatter value (e.g. its size, or UNWIND it into rows).`,
    { cause, details: { maxDepth: MAX_VALUE_DEPTH } },
  );
}

export function toCypherApiError(error: unknown, context: CypherErrorContext): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof ValueTooDeepError) return resultTooDeepError(error);
  const code = neo4jCode(error) ?? "";
  const message = error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
  if (code === "Neo.ClientError.Statement.SyntaxError") {
    const position = cypherPosition(error, context.explained);
    const text = position
      ? `${message.replace(POSITION_TEXT, "").trim()} (line ${position.line}, column ${position.column})`
      : message;
    return new ApiError(400, "cypher_syntax", text, { cause: error, details: position ? { position } : {} });
  }
  if (code.startsWith("Neo.ClientError.Transaction.TransactionTimedOut")) {
    return queryTimeoutError(context.timeoutMs, error);
  }
  if (REFUSED_CODES.has(code) || code.startsWith("Neo.ClientError.Security.Forbidden")) {
    return new ApiError(403, "query_refused", `Refused: ${message}. Only read-only queries can run here.`, {
      cause: error,
    });
  }
  if (code.startsWith("Neo.ClientError.Statement.") || code.startsWith("Neo.ClientError.Procedure.")) {
    return new ApiError(400, "query_error", message, { cause: error });
  }
  if (code === "Neo.TransientError.General.OutOfMemoryError") return queryHeapError(error);
  // Neo4j files some failures of the query itself (shortestPath from a node to itself) as database errors.
  if (code === "Neo.DatabaseError.Statement.ExecutionFailed") {
    return new ApiError(422, "query_failed", `The query failed: ${message}`, { cause: error });
  }
  return toApiError(error);
}

type Positioned = {
  diagnosticRecord?: { _position?: Partial<CypherPosition> };
  cause?: unknown;
  message?: string;
};

/** Where the error is in the query as the user wrote it (the EXPLAIN prefix taken off). */
export function cypherPosition(error: unknown, explained: boolean): CypherPosition | undefined {
  const raw = structuredPosition(error) ?? messagePosition(error);
  if (!raw || !explained) return raw;
  const prefixLines = EXPLAIN_PREFIX.split("\n").length - 1;
  return {
    line: Math.max(1, raw.line - prefixLines),
    column: raw.column,
    offset: Math.max(0, raw.offset - EXPLAIN_PREFIX.length),
  };
}

function structuredPosition(error: unknown): CypherPosition | undefined {
  for (let current = error as Positioned | undefined, depth = 0; current && depth < 5; depth++) {
    const position = current.diagnosticRecord?._position;
    if (position && typeof position.line === "number" && typeof position.column === "number") {
      return { line: position.line, column: position.column, offset: position.offset ?? 0 };
    }
    current = current.cause as Positioned | undefined;
  }
  return undefined;
}

const POSITION_TEXT = /\(line (\d+), column (\d+) \(offset: (\d+)\)\)/;

function messagePosition(error: unknown): CypherPosition | undefined {
  const message = (error as Positioned | undefined)?.message ?? "";
  const match = POSITION_TEXT.exec(message);
  if (!match) return undefined;
  return { line: Number(match[1]), column: Number(match[2]), offset: Number(match[3]) };
}
