/**
 * Classes that follow the view: nodes hidden for now, and nodes and links the filters leave out. Both are applied
 * again whenever elements are added, after the effect that adds them.
 */
import type { Core } from "cytoscape";
import { type RefObject, useEffect } from "react";
import { type GraphFilters, isEdgeShown, isNodeShown } from "../filter-elements.ts";

export function useHiddenClass(cy: RefObject<Core | null>, elements: unknown, hidden: readonly string[]) {
  // biome-ignore lint/correctness/useExhaustiveDependencies: hiding is applied again to newly added elements
  useEffect(() => {
    const instance = cy.current;
    if (!instance) return;
    const set = new Set(hidden);
    instance.batch(() => {
      instance.nodes().forEach((node) => {
        node.toggleClass("hidden", set.has(node.id()));
      });
    });
  }, [elements, hidden]);
}

export function useFilteredClass(cy: RefObject<Core | null>, elements: unknown, filters: GraphFilters) {
  // biome-ignore lint/correctness/useExhaustiveDependencies: filters are applied again to newly added elements
  useEffect(() => {
    const instance = cy.current;
    if (!instance) return;
    instance.batch(() => {
      instance.nodes().forEach((node) => {
        node.toggleClass("filtered", !isNodeShown(String(node.data("type")), filters));
      });
      instance.edges().forEach((edge) => {
        edge.toggleClass("filtered", !isEdgeShown(edge.data(), filters));
      });
    });
  }, [elements, filters]);
}
