/**
 * Links that open a saved query with its parameters and run it: `#query=<name>&<param>=<value>…` in the hash,
 * so they never disturb the explorer's view state in the search part of the address.
 */
import type { QueryParamSpec, QueryParamValue } from "../../../shared/query-types.ts";

export interface SharedQuery {
  name: string;
  values: Record<string, string>;
}

export function readSharedQuery(hash: string): SharedQuery | null {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const name = params.get("query");
  if (!name) return null;
  params.delete("query");
  return { name, values: Object.fromEntries(params) };
}

export function shareLink(name: string, values: Record<string, string>): string {
  const params = new URLSearchParams({ query: name, ...values });
  return `${window.location.origin}${window.location.pathname}#${params.toString()}`;
}

/** Form text -> a typed value; empty text means "use the default". */
export function typedValue(spec: QueryParamSpec, text: string): QueryParamValue | undefined {
  if (text === "" && spec.type !== "string") return undefined;
  if (spec.type === "int" || spec.type === "float") return Number(text);
  if (spec.type === "boolean") return text === "true";
  return text;
}

export function typedValues(specs: QueryParamSpec[], values: Record<string, string>) {
  const typed: Record<string, QueryParamValue> = {};
  for (const spec of specs) {
    const text = values[spec.name];
    if (text === undefined) continue;
    const value = typedValue(spec, text);
    if (value !== undefined) typed[spec.name] = value;
  }
  return typed;
}

export function defaultValues(specs: QueryParamSpec[]): Record<string, string> {
  return Object.fromEntries(
    specs.map((spec) => [spec.name, spec.default === undefined ? "" : String(spec.default)]),
  );
}
