/**
 * Checks a saved query through the app's API before any browser starts: that it exists, that its parameters fit
 * its header, and that its result has a graph to draw. Returns the URL of its view in the explorer.
 */

import { explorerGraph } from "../../../web/client/features/export/api/saved-query-graph.ts";
import { typedQueryParams } from "../../../web/client/features/export/saved-query-params.ts";
import { DEFAULT_CAP, parseViewState, serializeViewState } from "../../../web/client/lib/view-state.ts";
import type { ApiErrorBody } from "../../../web/shared/api-types.ts";
import type { QueryListResponse, QueryResult } from "../../../web/shared/query-types.ts";
import type { SnapshotLayout } from "./args.ts";
import { SnapshotError } from "./errors.ts";

export interface CheckedQuery {
  title: string;
  /** The explorer's address for the query's view. */
  viewUrl: string;
  /** How many nodes the canvas will draw. */
  nodeCount: number;
}

export async function checkSavedQuery(
  appUrl: string,
  name: string,
  params: Record<string, string>,
  layout: SnapshotLayout | undefined,
): Promise<CheckedQuery> {
  const { queries } = await api<QueryListResponse>(appUrl, "api/queries");
  const query = queries.find((item) => item.name === name);
  if (!query) {
    const names = queries.map((item) => item.name).join(", ");
    throw new SnapshotError(`There is no saved query "${name}". Saved queries: ${names}.`, 4);
  }
  const typed = typedQueryParams(query.params, params);
  if (typed.problems.length > 0)
    throw new SnapshotError(`Bad parameter for ${name}: ${typed.problems.join("; ")}.`, 4);
  const result = await api<QueryResult>(appUrl, `api/queries/${encodeURIComponent(name)}/run`, {
    params: typed.values,
  });
  const graph = explorerGraph(result.graph);
  if (graph.nodes.length === 0) {
    throw new SnapshotError(
      `The query ${name} returned ${result.rows.length} rows but no graph to draw with these parameters; no picture was written.`,
      5,
    );
  }
  const shape = layout === "map" ? { map: true } : layout ? { layout } : {};
  const view = { ...parseViewState(""), query: name, queryParams: params, ...shape };
  return {
    title: query.title,
    viewUrl: new URL(serializeViewState(view), appUrl).toString(),
    nodeCount: Math.min(graph.nodes.length, DEFAULT_CAP),
  };
}

async function api<T>(appUrl: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(new URL(path, appUrl), {
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    ...(body === undefined ? {} : { method: "POST", body: JSON.stringify(body) }),
  });
  const json = (await response.json().catch(() => undefined)) as unknown;
  if (response.ok) return json as T;
  const error = (json as Partial<ApiErrorBody> | undefined)?.error;
  const reason = error?.message ?? `the app answered ${response.status}`;
  if (response.status === 400) throw new SnapshotError(`Bad parameter: ${reason}`, 4);
  if (response.status === 503) throw new SnapshotError(`The database cannot be reached: ${reason}`, 3);
  throw new SnapshotError(`The app refused ${path}: ${reason}`);
}
