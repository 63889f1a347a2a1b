/**
 * Saved-query parameters as they travel in URLs and on the command line (text), checked and typed against the
 * query's header before the query runs, so that a bad value is named instead of sent.
 */
import type { QueryParamSpec, QueryParamValue } from "../../../shared/query-types.ts";

export interface TypedParams {
  values: Record<string, QueryParamValue>;
  /** One line per parameter that is unknown or does not read as its type. */
  problems: string[];
}

export function typedQueryParams(specs: QueryParamSpec[], given: Record<string, string>): TypedParams {
  const values: Record<string, QueryParamValue> = {};
  const problems: string[] = [];
  const known = new Map(specs.map((spec) => [spec.name, spec]));
  for (const [name, text] of Object.entries(given)) {
    const spec = known.get(name);
    if (!spec) {
      const names = specs.map((item) => item.name).join(", ") || "none";
      problems.push(`unknown parameter "${name}" (this query takes: ${names})`);
      continue;
    }
    const value = typedValue(spec, text);
    if (value === undefined) problems.push(`${name}: "${text}" is not ${article(spec.type)}`);
    else values[name] = value;
  }
  return { values, problems };
}

function typedValue(spec: QueryParamSpec, text: string): QueryParamValue | undefined {
  switch (spec.type) {
    case "string":
      return text;
    case "boolean":
      return text === "true" ? true : text === "false" ? false : undefined;
    case "int":
      return /^-?\d+$/.test(text.trim()) ? Number(text) : undefined;
    case "float": {
      const value = Number(text);
      return text.trim() !== "" && Number.isFinite(value) ? value : undefined;
    }
  }
}

function article(type: QueryParamSpec["type"]): string {
  return type === "int" ? "an int" : `a ${type}`;
}
