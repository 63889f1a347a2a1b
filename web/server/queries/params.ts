/**
 * Run-time parameters: checked against a saved query's header (types, bounds, required) with zod, then turned
 * into driver values (whole numbers as Cypher integers, which LIMIT and ranges need).
 */
import neo4j from "neo4j-driver";
import { z } from "zod";
import type { QueryParamSpec } from "../../shared/query-types.ts";
import { ApiError } from "../http-error.ts";

const schemas = new Map<string, z.ZodType>();
/** Kinds of parameter kept; past that the cache starts again (the library holds a few dozen at most). */
const MAX_SCHEMAS = 1000;

/**
 * The schema of a parameter, built once per type and bounds: building a zod schema costs far more than checking
 * a value with it, and every run of a saved query checks its parameters.
 */
export function paramSchema(spec: QueryParamSpec): z.ZodType {
  const key = `${spec.type} ${spec.min} ${spec.max}`;
  let schema = schemas.get(key);
  if (!schema) {
    if (schemas.size >= MAX_SCHEMAS) schemas.clear();
    schema = buildParamSchema(spec);
    schemas.set(key, schema);
  }
  return schema;
}

function buildParamSchema(spec: QueryParamSpec): z.ZodType {
  const { type, min, max } = spec;
  if (type === "boolean") return z.boolean();
  if (type === "string") {
    const text = z.string().max(10_000);
    return min !== undefined && max !== undefined ? text.min(min).max(max) : text;
  }
  const number = type === "int" ? z.number().int() : z.number();
  return min !== undefined && max !== undefined ? number.min(min).max(max) : number;
}

/** Why a value does not fit a parameter, or undefined when it does. */
export function valueProblem(spec: QueryParamSpec, value: unknown): string | undefined {
  const result = paramSchema(spec).safeParse(value);
  return result.success ? undefined : result.error.issues.map((issue) => issue.message).join("; ");
}

/**
 * Validates the values given for a saved query and fills in defaults; 400 naming each bad parameter. Built with
 * Object.fromEntries, never by assignment, so that a parameter named `__proto__` stays a parameter.
 */
export function savedQueryParams(
  specs: QueryParamSpec[],
  given: Record<string, unknown>,
): Record<string, unknown> {
  const known = new Set(specs.map((spec) => spec.name));
  const problems = Object.keys(given)
    .filter((name) => !known.has(name))
    .map((name) => `${name}: not a parameter of this query`);
  const values: Array<[string, unknown]> = [];
  for (const spec of specs) {
    const value = Object.hasOwn(given, spec.name) ? given[spec.name] : spec.default;
    const result = paramSchema(spec).safeParse(value);
    if (result.success)
      values.push([spec.name, spec.type === "int" ? neo4j.int(result.data as number) : result.data]);
    else problems.push(`${spec.name}: ${result.error.issues.map((issue) => issue.message).join("; ")}`);
  }
  if (problems.length > 0) {
    throw new ApiError(400, "invalid_params", `Invalid parameters: ${problems.join("; ")}`);
  }
  return Object.fromEntries(values);
}

const PARAM_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export const MAX_PARAM_DEPTH = 32;
export const MAX_PARAM_BYTES = 256 * 1024;

/** Parameters of ad-hoc Cypher: any JSON values, whole numbers sent as integers. */
export function adHocQueryParams(given: unknown): Record<string, unknown> {
  const problem = sizeProblem(given);
  if (problem) throw new ApiError(400, "invalid_params", `Invalid parameters: ${problem}`);
  if (given === undefined || given === null) return {};
  if (typeof given !== "object" || Array.isArray(given)) {
    throw new ApiError(400, "invalid_params", "Invalid parameters: params must be an object of name: value");
  }
  const entries = Object.entries(given);
  const badName = entries.find(([name]) => !PARAM_NAME.test(name));
  if (badName) {
    throw new ApiError(
      400,
      "invalid_params",
      `Invalid parameters: "${badName[0].slice(0, 40)}" is not a parameter name (letters, digits and _)`,
    );
  }
  return Object.fromEntries(entries.map(([name, value]) => [name, toDriverValue(value)]));
}

/**
 * Why parameters are too deep or too large to send, or undefined. Walks the value with its own stack (a
 * 50,000-deep array must not overflow ours) and stops as soon as a limit is passed.
 */
export function sizeProblem(value: unknown): string | undefined {
  // The map of parameters itself is level -1: a list parameter's items are one level down.
  const stack: Array<[unknown, number]> = [[value, -1]];
  let bytes = 0;
  while (stack.length > 0) {
    const [item, depth] = stack.pop() as [unknown, number];
    if (depth > MAX_PARAM_DEPTH) {
      return `values are nested more than ${MAX_PARAM_DEPTH} levels deep; pass flatter lists or maps`;
    }
    if (typeof item === "string") bytes += item.length + 2;
    else if (Array.isArray(item)) {
      bytes += 2;
      for (const child of item) stack.push([child, depth + 1]);
    } else if (item !== null && typeof item === "object") {
      bytes += 2;
      for (const [key, child] of Object.entries(item)) {
        bytes += key.length + 3;
        stack.push([child, depth + 1]);
      }
    } else bytes += 8;
    if (bytes > MAX_PARAM_BYTES) {
      return `the parameters are larger than ${MAX_PARAM_BYTES / 1024} KiB; pass less data or filter in the query`;
    }
  }
  return undefined;
}

function toDriverValue(value: unknown): unknown {
  if (typeof value === "number" && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toDriverValue);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toDriverValue(item)]));
  }
  return value;
}
