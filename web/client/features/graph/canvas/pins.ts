/** Pinned and dragged nodes: what layouts must leave where it is. */
import type { Core } from "cytoscape";
import { type RefObject, useEffect } from "react";
import type { Point } from "../layout/compute-layout.ts";
import type { Placement } from "./placement.ts";

/** Dragged nodes, and pinned nodes that a layout already placed, keep their positions. */
export function fixedPositions(
  instance: Core,
  placed: ReadonlySet<string>,
  moves: Readonly<Record<string, Point>>,
): Map<string, Point> {
  const fixed = new Map<string, Point>();
  instance.nodes(":locked").forEach((node) => {
    if (placed.has(node.id())) fixed.set(node.id(), { ...node.position() });
  });
  for (const [id, position] of Object.entries(moves)) {
    if (instance.getElementById(id).nonempty()) fixed.set(id, position);
  }
  return fixed;
}

/** Locks pinned nodes, once placed: a locked node would ignore the layout that gives it its first position. */
export function applyPins(instance: Core, pinned: readonly string[], placed: ReadonlySet<string>) {
  const pins = new Set(pinned);
  instance.batch(() => {
    instance.nodes().forEach((node) => {
      const pin = pins.has(node.id());
      node.toggleClass("pinned", pin);
      if (pin && placed.has(node.id())) node.lock();
      else if (node.locked()) node.unlock();
    });
  });
}

/** Applies the pins again whenever elements are added, since new elements may be pinned. */
export function usePins(
  cy: RefObject<Core | null>,
  placement: Placement,
  elements: unknown,
  pinned: readonly string[],
) {
  // biome-ignore lint/correctness/useExhaustiveDependencies: pins are applied again to newly added elements
  useEffect(() => {
    if (cy.current) applyPins(cy.current, pinned, placement.placed);
  }, [elements, pinned]);
}
