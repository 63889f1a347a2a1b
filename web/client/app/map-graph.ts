/**
 * What map mode draws: the explorer's merged graph with the canvas's filters and hidden entities applied (the
 * map feature draws what it is given), and the canvas's colours for entity and relationship types.
 */
import type { GraphEdge, GraphNode } from "../../shared/api-types.ts";
import { type GraphFilters, isEdgeShown, isNodeShown } from "../features/graph/filter-elements.ts";
import {
  CO_MENTION_COLOUR,
  entityLook,
  FALLBACK_RELATION_COLOUR,
  relationColours,
} from "../features/graph/palette.ts";
import { filterableEdge, nodeType } from "../features/graph/to-elements.ts";
import type { MapLooks } from "../features/map/map-drawing.ts";

/** The canvas's colours for the relationship types shown (the palette gives each type in use its own). */
export function mapLooks(relationTypes: readonly string[]): MapLooks {
  const colours = relationColours(relationTypes);
  return {
    entityColour: (type) => entityLook(type).colour,
    relationColour: (type) =>
      type === "CO_MENTIONED" ? CO_MENTION_COLOUR : (colours.get(type) ?? FALLBACK_RELATION_COLOUR),
  };
}

export function visibleGraph(
  graph: { nodes: GraphNode[]; edges: GraphEdge[] },
  filters: GraphFilters,
  hidden: readonly string[],
): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const away = new Set(hidden);
  const nodes = graph.nodes.filter((node) => !away.has(node.id) && isNodeShown(nodeType(node), filters));
  const shown = new Set(nodes.map((node) => node.id));
  const edges = graph.edges.filter(
    (edge) => shown.has(edge.source) && shown.has(edge.target) && isEdgeShown(filterableEdge(edge), filters),
  );
  return { nodes, edges };
}
