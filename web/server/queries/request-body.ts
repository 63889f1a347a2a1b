/**
 * Request bodies of the query routes, read as JSON and checked with zod (400 with the first problem).
 */
import type { Context } from "hono";
import { z } from "zod";
import type { CypherRequest, RunQueryRequest, SaveQueryRequest } from "../../shared/query-types.ts";
import { ApiError } from "../http-error.ts";

/**
 * Parameters as sent, the object itself: a record schema would rebuild it by assignment, which drops a parameter
 * named `__proto__` (it sets the new object's prototype instead). Names and values are checked in params.ts.
 */
const params = z
  .custom<Record<string, unknown>>(
    (value) => value !== null && typeof value === "object" && !Array.isArray(value),
    "params must be an object of name: value",
  )
  .optional();

export const runQueryBody: z.ZodType<RunQueryRequest> = z.object({ params });

export const cypherBody: z.ZodType<CypherRequest> = z.object({
  query: z
    .string()
    .trim()
    .min(1, "the query is empty")
    .max(50_000, "the query is longer than 50,000 characters"),
  params,
});

/** A query to lint: it may be empty or half-typed, so only its size is checked. */
export const lintBody: z.ZodType<{ query: string }> = z.object({
  query: z.string().max(50_000, "the query is longer than 50,000 characters"),
});

const paramSpec = z.strictObject({
  name: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "a parameter name is letters, digits and _"),
  type: z.enum(["string", "int", "float", "boolean"]),
  min: z.number().optional(),
  max: z.number().optional(),
  default: z.union([z.string(), z.number(), z.boolean()]).optional(),
});

export const saveQueryBody: z.ZodType<SaveQueryRequest> = z.object({
  name: z.string(),
  title: z.string().trim().min(1, "the title is empty").max(200),
  description: z.string().max(2000).optional(),
  view: z.enum(["graph", "table"]),
  params: z.array(paramSpec).max(20).optional(),
  cypher: z.string().trim().min(1, "the query is empty").max(50_000),
  overwrite: z.boolean().optional(),
});

export async function readBody<T>(c: Context, schema: z.ZodType<T>): Promise<T> {
  let json: unknown;
  try {
    json = await c.req.json();
  } catch {
    throw new ApiError(400, "invalid_json", "The request body is not valid JSON.");
  }
  const result = schema.safeParse(json ?? {});
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${issue.path.join(".")}: ` : "";
    throw new ApiError(
      400,
      "invalid_request",
      `Invalid request: ${where}${issue?.message ?? "unreadable body"}`,
    );
  }
  return result.data;
}
