/**
 * What the canvas draws: the overview, plus the neighbours of every expanded entity, the selected entity and the
 * paths asked for, merged by id and capped at `maxNodes` (what was asked for explicitly is kept first; the
 * caption says how much was left out), with every relation among the entities kept, however each came (as Bloom
 * draws them). Co-mentions are drawn only when the view asks for them; their number is known either way.
 */
import { useQueries, useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import type { EntityDetailsResponse, GraphEdge, GraphNode, GraphResponse } from "../../shared/api-types.ts";
import { entityQueryOptions } from "../features/details/api/entity-query.ts";
import { savedQueryGraphOptions } from "../features/export/api/saved-query-graph.ts";
import { useArticles } from "../features/filters/api/articles-query.ts";
import { linksAmongQueryOptions } from "../features/graph/api/links-query.ts";
import { neighboursQueryOptions } from "../features/graph/api/neighbours-query.ts";
import { useOverview } from "../features/graph/api/overview-query.ts";
import { type GraphFilters, isEdgeShown, isNodeShown } from "../features/graph/filter-elements.ts";
import { nodeSizes } from "../features/graph/node-size.ts";
import { claimTypes, edgeKind, filterableEdge, nodeType, toElements } from "../features/graph/to-elements.ts";
import { usePaths } from "../features/paths/api/paths-query.ts";
import type { ViewState } from "../lib/view-state.ts";

export function useExplorerGraph(view: ViewState) {
  const maxNodes = view.cap;
  const overview = useOverview(maxNodes);
  const expansions = useQueries({
    queries: view.expanded.map((entry) => neighboursQueryOptions(entry.id, entry.type)),
    // The combined result is structurally shared: a new object only when a query's data or state changes.
    combine: (results) => ({
      data: results.map((query) => query.data),
      fetching: results.some((query) => query.isFetching),
      error: results.find((query) => query.isError)?.error ?? null,
    }),
  });
  const selected = useQuery({ ...entityQueryOptions(view.selected ?? ""), enabled: view.selected !== null });
  const added = useQueries({
    queries: view.added.map((id) => entityQueryOptions(id)),
    combine: (results) => results.flatMap((query) => (query.data ? [detailsNode(query.data.entity)] : [])),
  });
  const paths = usePaths(view.pathFrom, view.pathTo);
  // A saved query (`q=` in the URL) replaces the overview as the canvas's base.
  const savedQuery = useQuery({
    ...savedQueryGraphOptions(view.query ?? "", view.queryParams ?? {}),
    enabled: Boolean(view.query),
  });
  const showOverview = view.overview && !view.query;

  const capped = useMemo(() => {
    const parts: Array<Pick<GraphResponse, "nodes" | "edges">> = [];
    if (paths.data) parts.push(paths.data);
    if (selected.data) parts.push({ nodes: [detailsNode(selected.data.entity)], edges: [] });
    parts.push({ nodes: added, edges: [] });
    for (const data of expansions.data) if (data) parts.push(data);
    if (view.query && savedQuery.data) parts.push(savedQuery.data);
    if (overview.data && showOverview) parts.push(overview.data);
    return mergeGraphs(parts, maxNodes, new Set(view.removed));
  }, [
    view.removed,
    overview.data,
    showOverview,
    view.query,
    savedQuery.data,
    selected.data,
    added,
    paths.data,
    expansions.data,
    maxNodes,
  ]);

  // A saved query's picture is what the query returns: only other views get every link among their entities.
  const links = useQuery(
    linksAmongQueryOptions(view.query ? [] : capped.nodes.map((node) => node.id), view.coMentions),
  );
  const merged = useMemo(
    () => withLinksAmong(capped, links.data?.edges ?? [], view.coMentions),
    [capped, links.data, view.coMentions],
  );

  const articles = useArticles().data?.articles;
  const sizeBy = view.sizeBy ?? "same";
  const sizes = useMemo(() => {
    const outlets = new Map((articles ?? []).map((article) => [article.id, article.source]));
    const claims = merged.edges.filter((edge) => edgeKind(edge) === "claim");
    return nodeSizes(merged.nodes, claims, sizeBy, (id) => outlets.get(id) ?? null);
  }, [merged, sizeBy, articles]);

  const highlighted = useMemo(
    () =>
      new Set(
        paths.data
          ? [...paths.data.nodes.map((node) => node.id), ...paths.data.edges.map((edge) => edge.id)]
          : [],
      ),
    [paths.data],
  );

  return {
    overview,
    savedQuery,
    paths,
    expanding: expansions.fetching,
    expansionError: expansions.error,
    /** The merged nodes and links before filters, for views other than the canvas (the map). */
    merged,
    elements: useMemo(() => toElements(merged, sizes), [merged, sizes]),
    entityTypes: [...new Set(merged.nodes.map(nodeType))].sort(),
    relationTypes: claimTypes(merged.edges),
    nodeCount: merged.nodes.length,
    edgeCount: merged.edges.filter((edge) => edgeKind(edge) === "claim").length,
    /** Co-mentions among the entities shown, drawn or not. */
    coMentionCount: links.data?.coMentionCount ?? 0,
    linksError: links.error,
    leftOut:
      merged.leftOut + (overview.data && showOverview ? overview.data.total - overview.data.nodes.length : 0),
    highlighted,
    filteredOut: countFilteredOut(merged, view),
  };
}

/** The merged graph with the links among its entities added (co-mentions only when shown), each link once. */
function withLinksAmong(
  graph: ReturnType<typeof mergeGraphs>,
  among: readonly GraphEdge[],
  coMentions: boolean,
): ReturnType<typeof mergeGraphs> {
  const ids = new Set(graph.nodes.map((node) => node.id));
  const edges = new Map<string, GraphEdge>();
  // A saved query's links are keyed by element id, the explorer's by claim key: one link either way.
  const claimKeys = new Set(graph.edges.map((edge) => String(edge.properties.key ?? edge.id)));
  const fresh = among.filter((edge) => !claimKeys.has(edge.id));
  for (const edge of [...graph.edges, ...fresh]) {
    if (!coMentions && edgeKind(edge) === "co-mention") continue;
    if (ids.has(edge.source) && ids.has(edge.target)) edges.set(edge.id, edge);
  }
  return { ...graph, edges: [...edges.values()] };
}

/** How many drawn nodes and links the filters hide, for an honest caption. */
function countFilteredOut(graph: Pick<GraphResponse, "nodes" | "edges">, filters: GraphFilters) {
  const hiddenNodes = new Set(
    graph.nodes.filter((node) => !isNodeShown(nodeType(node), filters)).map((n) => n.id),
  );
  const hiddenEdges = graph.edges.filter((edge) => {
    if (hiddenNodes.has(edge.source) || hiddenNodes.has(edge.target)) return true;
    return !isEdgeShown(filterableEdge(edge), filters);
  });
  return { nodes: hiddenNodes.size, edges: hiddenEdges.length };
}

/**
 * An entity from its details as a node of the canvas, with all its properties: the selected entity's node comes
 * before the overview's, so a place without its coordinates would leave the map when selected.
 */
function detailsNode(entity: EntityDetailsResponse["entity"]): GraphNode {
  return {
    id: entity.id,
    labels: ["Entity", entity.type],
    name: entity.name,
    properties: { ...entity.properties, type: entity.type, aliases: entity.aliases },
  };
}

/** Union by id, earlier parts first, at most `maxNodes` nodes, none of `removed`; links only between kept nodes. */
export function mergeGraphs(
  parts: Array<Pick<GraphResponse, "nodes" | "edges">>,
  maxNodes: number,
  removed: ReadonlySet<string> = new Set(),
) {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  let leftOut = 0;
  for (const node of parts.flatMap((part) => part.nodes)) {
    if (nodes.has(node.id) || removed.has(node.id)) continue;
    if (nodes.size >= maxNodes) leftOut += 1;
    else nodes.set(node.id, node);
  }
  for (const edge of parts.flatMap((part) => part.edges)) {
    if (nodes.has(edge.source) && nodes.has(edge.target)) edges.set(edge.id, edge);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], leftOut };
}
