/**
 * "Hide unlinked": entities with no link drawn to a shown entity (after filters and hiding) are hidden too, so
 * the picture keeps what is connected. Runs after the filter and hiding effects of the canvas.
 */
import type { Core, EdgeSingular, NodeSingular } from "cytoscape";
import { type RefObject, useEffect } from "react";

const isShown = (node: NodeSingular) => !node.hasClass("filtered") && !node.hasClass("hidden");
const isDrawn = (edge: EdgeSingular) =>
  !edge.hasClass("filtered") && isShown(edge.source()) && isShown(edge.target());

export function useUnlinkedHidden(cy: RefObject<Core | null>, on: boolean, changes: readonly unknown[]) {
  // biome-ignore lint/correctness/useExhaustiveDependencies: applied again whenever what is drawn changes
  useEffect(() => {
    const instance = cy.current;
    if (!instance) return;
    instance.batch(() => {
      instance.nodes().forEach((node) => {
        node.toggleClass(
          "unlinked",
          on && !node.connectedEdges().some((edge) => isDrawn(edge as EdgeSingular)),
        );
      });
    });
  }, [on, ...changes]);
}
