/**
 * Computes a layout's positions without drawing: a headless Cytoscape instance with the nodes' sizes, the layout
 * extension and seeded randomness, so that the same elements and layout always give the same positions. Runs in
 * the layout worker, or on the page when workers are unavailable. Fixed nodes (pinned or dragged) keep their
 * positions and the rest is arranged around them.
 */
import type { Core, ElementDefinition } from "cytoscape";
import type { LayoutName } from "../../../lib/view-state.ts";
import { COMPONENT_PACKING, DRAFT_LAYOUT_ABOVE, layoutOptions } from "../layouts.ts";
import { largeGraphLayout } from "./large-layout.ts";
import { cytoscape } from "./register-layouts.ts";
import { layoutSeed, withSeededRandom } from "./seeded-random.ts";

export interface Point {
  x: number;
  y: number;
}

export interface LayoutNode {
  id: string;
  width: number;
  height: number;
  /** Where the node is now; absent for a node that was never placed. */
  position?: Point;
  /** Layouts leave a fixed node at `position`. */
  fixed?: boolean;
}

export interface LayoutEdge {
  id: string;
  source: string;
  target: string;
}

export interface LayoutRequest {
  layout: LayoutName;
  nodes: LayoutNode[];
  edges: LayoutEdge[];
  /** Start from the current positions (after an expansion) instead of from scratch. */
  incremental: boolean;
  /** Width over height of the area that disconnected components are packed into (default: landscape). */
  aspectRatio?: number;
  /** Replaces the default seed, which depends only on the layout and the element ids. */
  seed?: string;
}

export type Positions = Record<string, Point>;

declare module "cytoscape" {
  interface Core {
    /** From cytoscape-layout-utilities: the packing settings fcose uses for disconnected components. */
    layoutUtilities(options: {
      desiredAspectRatio?: number;
      componentSpacing?: number;
      polyominoGridSizeFactor?: number;
    }): unknown;
  }
}

/** Whether a request is laid out by the large-graph layout (force-directed, from scratch, above 400 nodes). */
export function isLargeLayout(request: Pick<LayoutRequest, "layout" | "incremental" | "nodes">): boolean {
  return request.layout === "fcose" && !request.incremental && request.nodes.length > DRAFT_LAYOUT_ABOVE;
}

export function computeLayout(request: LayoutRequest): Positions {
  if (isLargeLayout(request)) return largeGraphLayout(request);
  const seed = request.seed ?? layoutSeed(request.layout, [...idsOf(request.nodes), ...idsOf(request.edges)]);
  return withSeededRandom(seed, () => {
    const cy = headlessGraph(request);
    try {
      const fixed = request.nodes.filter((node) => node.fixed && node.position);
      const incremental = request.incremental && request.nodes.some((node) => node.position);
      if (incremental) placeNewNodesNearNeighbours(cy, request.nodes);
      cy.layoutUtilities({
        ...COMPONENT_PACKING,
        ...(request.aspectRatio ? { desiredAspectRatio: request.aspectRatio } : {}),
      });
      cy.layout(
        layoutOptions(request.layout, {
          incremental,
          fixed: fixedConstraint(fixed),
          nodeCount: request.nodes.length,
        }),
      ).run();
      const positions: Positions = {};
      cy.nodes().forEach((node) => {
        const { x, y } = node.position();
        positions[node.id()] = { x, y };
      });
      for (const node of fixed) if (node.position) positions[node.id] = { ...node.position };
      return positions;
    } finally {
      cy.destroy();
    }
  });
}

function sortedById<T extends { id: string }>(items: T[]): T[] {
  return [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function idsOf(items: Array<{ id: string }>): string[] {
  return items.map((item) => item.id);
}

/** The graph in id order, so that the order the elements came in does not change the result. */
function headlessGraph(request: LayoutRequest): Core {
  const elements: ElementDefinition[] = [
    ...sortedById(request.nodes).map((node) => ({
      group: "nodes" as const,
      data: { id: node.id, width: node.width, height: node.height },
      ...(node.position ? { position: { ...node.position } } : {}),
    })),
    ...sortedById(request.edges).map((edge) => ({
      group: "edges" as const,
      data: { id: edge.id, source: edge.source, target: edge.target },
    })),
  ];
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: "node", style: { width: "data(width)", height: "data(height)" } }],
    elements,
  });
}

function fixedConstraint(fixed: LayoutNode[]): Array<{ nodeId: string; position: Point }> {
  return fixed.flatMap((node) =>
    node.position ? [{ nodeId: node.id, position: { ...node.position } }] : [],
  );
}

/** Puts each node without a position beside its placed neighbours, so that an incremental layout starts well. */
function placeNewNodesNearNeighbours(cy: Core, nodes: LayoutNode[]) {
  const placed = new Set(nodes.filter((node) => node.position).map((node) => node.id));
  for (const node of nodes) {
    if (placed.has(node.id)) continue;
    const element = cy.getElementById(node.id);
    const anchors: Point[] = [];
    element
      .neighborhood()
      .nodes()
      .forEach((other) => {
        if (placed.has(other.id())) anchors.push(other.position());
      });
    const centre = anchors.length > 0 ? meanPosition(anchors) : { x: 0, y: 0 };
    const angle = Math.random() * 2 * Math.PI;
    element.position({ x: centre.x + 60 * Math.cos(angle), y: centre.y + 60 * Math.sin(angle) });
    placed.add(node.id);
  }
}

function meanPosition(points: Point[]): Point {
  const sum = points.reduce((total, point) => ({ x: total.x + point.x, y: total.y + point.y }), {
    x: 0,
    y: 0,
  });
  return { x: sum.x / points.length, y: sum.y / points.length };
}
