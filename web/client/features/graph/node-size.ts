/**
 * Node size on the canvas: the same for all, or growing with the number of claims drawn at the node, or with the
 * number of independent sources (distinct outlets; an article without one counts as its own) behind them.
 */
import type { GraphEdge, GraphNode } from "../../../shared/api-types.ts";
import type { NodeSizing } from "../../lib/view-state.ts";

export const NODE_SIZE_LABELS: Record<NodeSizing, string> = {
  same: "All the same",
  links: "By links",
  sources: "By sources",
};

const BASE = 28;
const LARGEST = 72;

/** Each node's diameter in pixels, for a sizing; `outletOf` maps an article id to its outlet, when known. */
export function nodeSizes(
  nodes: readonly GraphNode[],
  claims: readonly GraphEdge[],
  sizing: NodeSizing,
  outletOf: (article: string) => string | null = () => null,
): Map<string, number> {
  const sizes = new Map(nodes.map((node) => [node.id, BASE]));
  if (sizing === "same") return sizes;
  const counts = new Map<string, Set<string>>();
  const add = (id: string, item: string) => {
    const set = counts.get(id) ?? new Set<string>();
    set.add(item);
    counts.set(id, set);
  };
  for (const edge of claims) {
    const items =
      sizing === "links"
        ? [edge.id]
        : articlesOf(edge).map((article) => outletOf(article) ?? `article:${article}`);
    for (const item of items) {
      add(edge.source, item);
      add(edge.target, item);
    }
  }
  const most = Math.max(1, ...[...counts.values()].map((set) => set.size));
  for (const node of nodes) {
    const count = counts.get(node.id)?.size ?? 0;
    // By area: the square root keeps a hub from swallowing its neighbours.
    sizes.set(node.id, Math.round(BASE * 0.8 + (LARGEST - BASE * 0.8) * Math.sqrt(count / most)));
  }
  return sizes;
}

function articlesOf(edge: GraphEdge): string[] {
  const { articles } = edge.properties;
  return Array.isArray(articles) ? articles.map(String) : [];
}
