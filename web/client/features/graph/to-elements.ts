/**
 * API graph -> Cytoscape elements: the entity type becomes a class (styles match it), and links carry what
 * styles and filters need (type, label, sources, first publication).
 */
import type { ElementDefinition } from "cytoscape";
import type { GraphEdge, GraphNode, GraphResponse } from "../../../shared/api-types.ts";
import type { FilterableEdge } from "./filter-elements.ts";

export function nodeType(node: GraphNode): string {
  const type = node.properties.type;
  return typeof type === "string" ? type : (node.labels.find((label) => label !== "Entity") ?? "Entity");
}

export function toElements(graph: Pick<GraphResponse, "nodes" | "edges">): ElementDefinition[] {
  const ids = new Set(graph.nodes.map((node) => node.id));
  return [
    ...graph.nodes.map((node) => ({
      group: "nodes" as const,
      data: { id: node.id, name: node.name, type: nodeType(node) },
      classes: nodeType(node),
    })),
    ...graph.edges
      .filter((edge) => ids.has(edge.source) && ids.has(edge.target))
      .map((edge) => ({ group: "edges" as const, data: edgeData(edge) })),
  ];
}

/** "route leg 2" for ordered route legs, so that a route reads in order on the canvas; else the type in words. */
function edgeLabel(edge: GraphEdge): string {
  const leg = edge.properties.legIndex;
  const words = edge.type.toLowerCase().replaceAll("_", " ");
  return typeof leg === "number" ? `${words} ${leg + 1}` : words;
}

/** What the filters look at on a link. */
export function filterableEdge(edge: GraphEdge): FilterableEdge {
  const sourceCount = Number(edge.properties.sourceCount ?? 1);
  const { firstPublished, articles } = edge.properties;
  return {
    type: edge.type,
    sourceCount: Number.isFinite(sourceCount) ? sourceCount : 1,
    firstPublished: typeof firstPublished === "string" ? firstPublished : null,
    articles: Array.isArray(articles) ? articles.map(String) : [],
  };
}

function edgeData(edge: GraphEdge) {
  return {
    id: edge.id,
    source: edge.source,
    target: edge.target,
    label: edgeLabel(edge),
    ...filterableEdge(edge),
  };
}
