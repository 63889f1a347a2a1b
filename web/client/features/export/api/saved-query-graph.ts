/**
 * A saved query's graph result as the explorer's base elements (`q=` and `qp.*` in the URL): the library is read
 * to type the parameters, the query runs through the API, and its nodes and links are keyed like the rest of the
 * explorer (entity `id`, claim `key`) so that expansions and selections merge with them.
 */
import { queryOptions } from "@tanstack/react-query";
import type { GraphEdge, GraphNode } from "../../../../shared/api-types.ts";
import type { QueryListResponse, QueryResult } from "../../../../shared/query-types.ts";
import { ApiRequestError, apiGet, apiPost } from "../../../lib/api-client.ts";
import { typedQueryParams } from "../saved-query-params.ts";

export interface SavedQueryGraph {
  title: string;
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export const savedQueryGraphOptions = (name: string, params: Record<string, string>) =>
  queryOptions({
    queryKey: ["saved-query-graph", name, params],
    queryFn: async ({ signal }) => {
      const { queries } = await apiGet<QueryListResponse>("/api/queries", signal);
      const query = queries.find((item) => item.name === name);
      if (!query) throw new ApiRequestError(404, "query_not_found", `No saved query is named "${name}".`);
      const typed = typedQueryParams(query.params, params);
      if (typed.problems.length > 0) {
        throw new ApiRequestError(400, "invalid_params", `Invalid parameters: ${typed.problems.join("; ")}`);
      }
      const result = await apiPost<QueryResult>(
        `/api/queries/${encodeURIComponent(name)}/run`,
        { params: typed.values },
        signal,
      );
      return { title: query.title, ...explorerGraph(result.graph) } satisfies SavedQueryGraph;
    },
    retry: false,
  });

/** Re-keys a query result's graph by entity id and claim key where they exist (element ids otherwise). */
export function explorerGraph(graph: QueryResult["graph"]): Pick<SavedQueryGraph, "nodes" | "edges"> {
  const idOf = new Map<string, string>();
  const nodes = graph.nodes.map((node) => {
    const stable = typeof node.properties.id === "string" ? node.properties.id : node.id;
    idOf.set(node.id, stable);
    return { ...node, id: stable };
  });
  const edges = graph.edges.map((edge) => {
    const { key, ...properties } = edge.properties;
    return {
      ...edge,
      id: typeof key === "string" ? key : edge.id,
      source: idOf.get(edge.source) ?? edge.source,
      target: idOf.get(edge.target) ?? edge.target,
      properties,
    };
  });
  return { nodes, edges };
}
