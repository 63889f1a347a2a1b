/**
 * Input validation for the API's routes: zod schemas checked by `@hono/zod-validator`, with failures thrown as
 * `ApiError(400, "invalid_input")` so that the one error handler answers them like every other error.
 */
import { zValidator } from "@hono/zod-validator";
import type { ValidationTargets } from "hono";
import { z } from "zod";
import { ApiError } from "./http-error.ts";

export function validate<T extends z.ZodType, Target extends keyof ValidationTargets>(
  target: Target,
  schema: T,
) {
  return zValidator(target, schema, (result) => {
    if (!result.success) throw new ApiError(400, "invalid_input", describeIssues(result.error.issues));
  });
}

function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length > 0 ? issue.path.join(".") : "input"}: ${issue.message}`)
    .join("; ");
}

/** An entity or article id as the loader writes them ("place:dandong"): short, no control characters. */
export const idSchema = z
  .string()
  .trim()
  .min(1, "an id is required")
  .max(200, "an id is at most 200 characters")
  .regex(/^[^\p{Cc}]+$/u, "an id cannot contain control characters");

/** An integer query parameter within bounds, with a default when absent. */
export function intParam(min: number, max: number, fallback: number) {
  return z.coerce
    .number()
    .int("must be a whole number")
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`)
    .default(fallback);
}

/** A comma-separated list of relation types, each shaped like one (they are compared, never interpolated). */
export const relationTypesParam = z
  .string()
  .max(2000)
  .optional()
  .transform((value) => (value ? value.split(",").filter((type) => type.length > 0) : []))
  .pipe(z.array(z.string().regex(/^[A-Z][A-Z0-9_]{0,63}$/, "not a relation type")).max(64));
