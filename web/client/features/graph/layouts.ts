/**
 * The canvas's layouts: force-directed (fcose), hierarchical (dagre, for routes and chains), concentric (most
 * connected in the middle) and grid. Registered once; run without animation so that tests and users see the
 * final positions at once.
 */
import cytoscape, { type LayoutOptions } from "cytoscape";
import dagre from "cytoscape-dagre";
import fcose from "cytoscape-fcose";
import type { LayoutName } from "../../lib/view-state.ts";

cytoscape.use(fcose);
cytoscape.use(dagre);

export const LAYOUT_LABELS: Record<LayoutName, string> = {
  fcose: "Force-directed",
  dagre: "Hierarchical (routes)",
  concentric: "Concentric",
  grid: "Grid",
};

/** `incremental`: start from the current positions (after an expansion) instead of from scratch. */
export function layoutOptions(name: LayoutName, incremental = false): LayoutOptions {
  switch (name) {
    case "fcose":
      return {
        name: "fcose",
        animate: false,
        randomize: !incremental,
        nodeRepulsion: () => 6000,
        idealEdgeLength: () => 90,
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
