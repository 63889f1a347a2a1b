import { describe, expect, it } from "vitest";
import { ApiError } from "../../../web/server/http-error.ts";
import { cypherPosition, toCypherApiError } from "../../../web/server/queries/cypher-errors.ts";

function neo4jError(code: string, message: string, extra: object = {}) {
  return Object.assign(new Error(message), { code, ...extra });
}

const SYNTAX = "Neo.ClientError.Statement.SyntaxError";

describe("cypherPosition", () => {
  it("prefers the structured position of the error or its cause", () => {
    const cause = { diagnosticRecord: { _position: { line: 3, column: 4, offset: 20 } } };
    expect(cypherPosition(neo4jError(SYNTAX, "Invalid input", { cause }), false)).toEqual({
      line: 3,
      column: 4,
      offset: 20,
    });
  });

  it("falls back to the message and takes the EXPLAIN line off", () => {
    const error = neo4jError(SYNTAX, "Invalid input 'RETRUN' (line 3, column 1 (offset: 25))");
    expect(cypherPosition(error, true)).toEqual({ line: 2, column: 1, offset: 17 });
    expect(cypherPosition(error, false)).toEqual({ line: 3, column: 1, offset: 25 });
    expect(cypherPosition(neo4jError(SYNTAX, "no position here"), true)).toBeUndefined();
  });
});

describe("toCypherApiError", () => {
  const context = { timeoutMs: 2000, explained: true };

  it("answers a user query that ran the database's heap out as the query's memory, not as a busy database", () => {
    const error = toCypherApiError(
      neo4jError("Neo.TransientError.General.OutOfMemoryError", "Java heap space"),
      context,
    );
    expect(error).toMatchObject({ status: 422, code: "query_memory_limit" });
    expect(error.message).toMatch(/more memory than the database has to spare/);
  });

  it("gives a syntax error its position as written", () => {
    const error = toCypherApiError(
      neo4jError(SYNTAX, "Invalid input 'X': expected a clause (line 2, column 7 (offset: 14))\n\"X\"\n ^"),
      context,
    );
    expect(error).toMatchObject({ status: 400, code: "cypher_syntax" });
    expect(error.message).toBe("Invalid input 'X': expected a clause (line 1, column 7)");
    expect(error.details).toEqual({ position: { line: 1, column: 7, offset: 6 } });
  });

  it("classifies timeouts, refusals and other statement errors by code", () => {
    const timeout = toCypherApiError(
      neo4jError("Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration", "terminated"),
      context,
    );
    expect(timeout).toMatchObject({ status: 408, code: "query_timeout" });
    expect(timeout.message).toMatch(/longer than 2 s/);
    expect(
      toCypherApiError(neo4jError("Neo.ClientError.Statement.AccessMode", "no writes"), context),
    ).toMatchObject({
      status: 403,
      code: "query_refused",
    });
    expect(
      toCypherApiError(neo4jError("Neo.ClientError.Statement.ParameterMissing", "x"), context).code,
    ).toBe("query_error");
    const own = new ApiError(404, "query_not_found", "gone");
    expect(toCypherApiError(own, context)).toBe(own);
  });
});
