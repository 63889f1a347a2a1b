/** Calls the query routes of a test API and reads results as objects keyed by column. */
import type { ApiErrorBody } from "../../../../web/shared/api-types.ts";
import type { QueryResult } from "../../../../web/shared/query-types.ts";
import type { testApi } from "../../support/api.ts";

type Api = ReturnType<typeof testApi>;

export function post(api: Api, path: string, body: unknown) {
  return api.request(path, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
}

export async function runSaved(api: Api, name: string, params: Record<string, unknown> = {}) {
  const response = await post(api, `/queries/${name}/run`, { params });
  if (response.status !== 200) throw new Error(`${name}: ${response.status} ${await response.text()}`);
  return (await response.json()) as QueryResult;
}

export async function runCypher(api: Api, query: string, params: Record<string, unknown> = {}) {
  const response = await post(api, "/cypher", { query, params });
  return { status: response.status, body: (await response.json()) as QueryResult & ApiErrorBody };
}

/** The rows of a result as objects keyed by column name. */
export function rowObjects(result: QueryResult): Array<Record<string, unknown>> {
  return result.rows.map((row) =>
    Object.fromEntries(result.columns.map((column, index) => [column, row[index]])),
  );
}

export function nodeNames(result: QueryResult): string[] {
  return result.graph.nodes.map((node) => node.name).sort();
}
