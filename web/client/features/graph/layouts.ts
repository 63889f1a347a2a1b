/**
 * The canvas's layouts: force-directed (fcose, disconnected components packed side by side), hierarchical
 * (dagre, for routes and chains), concentric (most connected in the middle) and grid. Options only: the
 * positions are computed off the page by layout/compute-layout.ts and applied with a preset layout.
 */
import type { LayoutOptions } from "cytoscape";
import type { LayoutName } from "../../lib/view-state.ts";

export const LAYOUT_LABELS: Record<LayoutName, string> = {
  fcose: "Force-directed",
  dagre: "Hierarchical (routes)",
  concentric: "Concentric",
  grid: "Grid",
};

export interface LayoutRunOptions {
  /** Start from the current positions (after an expansion) instead of from scratch. */
  incremental?: boolean;
  /** Nodes that must stay where they are, for layouts that can arrange the others around them. */
  fixed?: Array<{ nodeId: string; position: { x: number; y: number } }>;
  /** How many nodes are laid out: large graphs get the fast draft (spectral) force-directed layout. */
  nodeCount?: number;
}

/**
 * Above this many nodes fcose would stop after its spectral stage: its force-directed refinement grows roughly
 * with the square of the node count (minutes for a few thousand nodes on a modest machine). The canvas lays out
 * such graphs with ForceAtlas2 instead (layout/large-layout.ts), shows them at once at a first placement, and
 * draws them with Cytoscape's options for large graphs (layout/large-graph-rendering.ts).
 */
export const DRAFT_LAYOUT_ABOVE = 400;

/**
 * How fcose packs disconnected components (cytoscape-layout-utilities' settings): into a landscape area, as most
 * screens show the canvas. A constant rather than the window's shape, so that positions do not depend on it.
 */
export const COMPONENT_PACKING = { desiredAspectRatio: 1.6, componentSpacing: 60 };

export function layoutOptions(name: LayoutName, run: LayoutRunOptions = {}): LayoutOptions {
  switch (name) {
    case "fcose":
      return {
        name: "fcose",
        animate: false,
        randomize: !run.incremental,
        quality: (run.nodeCount ?? 0) > DRAFT_LAYOUT_ABOVE ? "draft" : "default",
        packComponents: true,
        tile: true,
        // Unlinked nodes are tiled in rows: leave room for their labels (up to 120 px wide, below the node).
        tilingPaddingHorizontal: 90,
        tilingPaddingVertical: 24,
        nodeRepulsion: () => 6000,
        idealEdgeLength: () => 90,
        // Fixed nodes would turn packing off; from scratch they are placed afterwards instead.
        ...(run.incremental && run.fixed?.length ? { fixedNodeConstraint: run.fixed } : {}),
      } as LayoutOptions;
    case "dagre":
      return { name: "dagre", rankDir: "LR", nodeSep: 30, rankSep: 80, animate: false } as LayoutOptions;
    case "concentric":
      return {
        name: "concentric",
        animate: false,
        minNodeSpacing: 20,
        concentric: (node) => node.degree(false),
      };
    case "grid":
      return { name: "grid", animate: false, avoidOverlap: true };
  }
}
