/**
 * Run-time parameters: checked against a saved query's header (types, bounds, required) with zod, then turned
 * into driver values (whole numbers as Cypher integers, which LIMIT and ranges need).
 */
import neo4j from "neo4j-driver";
import { z } from "zod";
import type { QueryParamSpec } from "../../shared/query-types.ts";
import { ApiError } from "../http-error.ts";

export function paramSchema(spec: QueryParamSpec): z.ZodType {
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

/** Validates the values given for a saved query and fills in defaults; 400 naming each bad parameter. */
export function savedQueryParams(
  specs: QueryParamSpec[],
  given: Record<string, unknown>,
): Record<string, unknown> {
  const shape = Object.fromEntries(
    specs.map((spec) => [
      spec.name,
      spec.default === undefined ? paramSchema(spec) : paramSchema(spec).default(spec.default),
    ]),
  );
  const result = z.strictObject(shape).safeParse(given);
  if (!result.success) {
    const problems = result.error.issues.map((issue) =>
      issue.path.length > 0 ? `${issue.path.join(".")}: ${issue.message}` : issue.message,
    );
    throw new ApiError(400, "invalid_params", `Invalid parameters: ${problems.join("; ")}`);
  }
  const types = new Map(specs.map((spec) => [spec.name, spec.type]));
  return Object.fromEntries(
    Object.entries(result.data).map(([name, value]) => [
      name,
      types.get(name) === "int" ? neo4j.int(value as number) : value,
    ]),
  );
}

const adHocParams = z.record(
  z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "not a parameter name"),
  z.unknown(),
);

export const MAX_PARAM_DEPTH = 32;
export const MAX_PARAM_BYTES = 256 * 1024;

/** Parameters of ad-hoc Cypher: any JSON values, whole numbers sent as integers. */
export function adHocQueryParams(given: unknown): Record<string, unknown> {
  const problem = sizeProblem(given);
  if (problem) throw new ApiError(400, "invalid_params", `Invalid parameters: ${problem}`);
  const result = adHocParams.safeParse(given ?? {});
  if (!result.success) {
    throw new ApiError(
      400,
      "invalid_params",
      `Invalid parameters: ${result.error.issues[0]?.message ?? "not an object"}`,
    );
  }
  return Object.fromEntries(Object.entries(result.data).map(([name, value]) => [name, toDriverValue(value)]));
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
