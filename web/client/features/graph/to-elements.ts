/**
 * API graph -> Cytoscape elements: the entity type becomes a class (styles match it), and links carry what
 * styles and filters need (type, kind, label, colour, sources, confidence, first publication).
 */
import type { ElementDefinition } from "cytoscape";
import type { GraphEdge, GraphNode, GraphResponse } from "../../../shared/api-types.ts";
import type { EdgeKind, FilterableEdge } from "./filter-elements.ts";
import { CO_MENTION_COLOUR, FALLBACK_RELATION_COLOUR, relationColours } from "./palette.ts";

/** The relationship type of co-mentions (as the server writes it). */
export const CO_MENTION_TYPE = "CO_MENTIONED";

export function nodeType(node: GraphNode): string {
  const type = node.properties.type;
  return typeof type === "string" ? type : (node.labels.find((label) => label !== "Entity") ?? "Entity");
}

export function edgeKind(edge: Pick<GraphEdge, "type" | "properties">): EdgeKind {
  return edge.type === CO_MENTION_TYPE || edge.properties.kind === "co-mention" ? "co-mention" : "claim";
}

/** The relationship types of the claims among `edges`, sorted: what the legend, filters and colours list. */
export function claimTypes(edges: readonly GraphEdge[]): string[] {
  return [...new Set(edges.filter((edge) => edgeKind(edge) === "claim").map((edge) => edge.type))].sort();
}

/** `sizes` gives a node's diameter (see node-size.ts); nodes without one keep the style's. */
export function toElements(
  graph: Pick<GraphResponse, "nodes" | "edges">,
  sizes?: ReadonlyMap<string, number>,
): ElementDefinition[] {
  const ids = new Set(graph.nodes.map((node) => node.id));
  const colours = relationColours(claimTypes(graph.edges));
  return [
    ...graph.nodes.map((node) => ({
      group: "nodes" as const,
      data: { id: node.id, name: node.name, type: nodeType(node), size: sizes?.get(node.id) },
      classes: nodeType(node),
    })),
    ...graph.edges
      .filter((edge) => ids.has(edge.source) && ids.has(edge.target))
      .map((edge) => ({
        group: "edges" as const,
        data: edgeData(edge, colours),
        classes: edgeKind(edge) === "co-mention" ? "co-mention" : "claim",
      })),
  ];
}

/**
 * What a link reads on the canvas: route legs by their route and position ("Pyongyang → Russia, leg 2"), RELATED
 * claims by their phrase, co-mentions by nothing (they are drawn faint), other claims by their type in words.
 */
export function edgeLabel(edge: Pick<GraphEdge, "type" | "properties">): string {
  const { legIndex, route, label } = edge.properties;
  if (edgeKind(edge) === "co-mention") return "";
  if (typeof legIndex === "number")
    return `${typeof route === "string" ? route : "route"}, leg ${legIndex + 1}`;
  if (edge.type === "RELATED" && typeof label === "string" && label) return label;
  return edge.type.toLowerCase().replaceAll("_", " ");
}

/** What the filters look at on a link. */
export function filterableEdge(edge: GraphEdge): FilterableEdge {
  const sourceCount = Number(edge.properties.sourceCount ?? 1);
  const { firstPublished, articles, confidence } = edge.properties;
  return {
    type: edge.type,
    kind: edgeKind(edge),
    confidence: typeof confidence === "number" ? confidence : null,
    sourceCount: Number.isFinite(sourceCount) ? sourceCount : 1,
    firstPublished: typeof firstPublished === "string" ? firstPublished : null,
    articles: Array.isArray(articles) ? articles.map(String) : [],
  };
}

function edgeData(edge: GraphEdge, colours: ReadonlyMap<string, string>) {
  const kind = edgeKind(edge);
  return {
    id: edge.id,
    source: edge.source,
    target: edge.target,
    label: edgeLabel(edge),
    colour: kind === "co-mention" ? CO_MENTION_COLOUR : (colours.get(edge.type) ?? FALLBACK_RELATION_COLOUR),
    ...filterableEdge(edge),
  };
}
