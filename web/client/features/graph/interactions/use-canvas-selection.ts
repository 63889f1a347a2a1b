/**
 * The selection and the paths drawn as states of the canvas: elements on a path are marked and the rest faded,
 * and the selected node is selected. A node chosen elsewhere (search, the details panel) is brought into view
 * once, if it is out of view; a node clicked on the canvas (`tapped`) stays where it is: moving it would send the
 * second click of a double-click to the background. Nodes selected with Shift stay selected until the selection
 * changes.
 */
import type { Core, NodeSingular } from "cytoscape";
import { type RefObject, useEffect, useRef } from "react";

export function useCanvasSelection(
  cy: RefObject<Core | null>,
  tapped: RefObject<string | null>,
  elements: unknown,
  selected: string | null,
  highlighted: ReadonlySet<string>,
) {
  /** The selection last brought into view, and the selection last applied. */
  const revealed = useRef<string | null>(null);
  const applied = useRef<string | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: states are applied again to newly added elements
  useEffect(() => {
    const instance = cy.current;
    if (!instance) return;
    instance.batch(() => {
      instance.elements().forEach((element) => {
        element.toggleClass("on-path", highlighted.has(element.id()));
        element.toggleClass("faded", highlighted.size > 0 && !highlighted.has(element.id()));
      });
    });
    if (applied.current !== selected) instance.elements(":selected").unselect();
    applied.current = selected;
    if (!selected) revealed.current = null;
    const node = selected ? instance.getElementById(selected) : undefined;
    if (!node?.nonempty()) return;
    node.select();
    if (revealed.current === selected) return;
    revealed.current = selected;
    const clicked = tapped.current === selected;
    tapped.current = null;
    if (!clicked && !isInView(instance, node)) instance.center(node);
  }, [elements, selected, highlighted]);
}

function isInView(instance: Core, node: NodeSingular): boolean {
  const view = instance.extent();
  const { x, y } = node.position();
  return x >= view.x1 && x <= view.x2 && y >= view.y1 && y <= view.y2;
}
