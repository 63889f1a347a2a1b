/**
 * The canvas's pointer events beyond click and double-click: a right-click on a node (its context menu), the
 * pointer resting on a node (its hover card), and the set of selected nodes (Shift-click and Shift-drag box
 * selection add to it). Points are in page pixels, for menus and cards drawn over the canvas.
 */
import type { Core, EventObject } from "cytoscape";

export interface PagePoint {
  x: number;
  y: number;
}

export interface PointerHandlers {
  /** A right-click (or long press) on a node. */
  onNodeMenu?(id: string, at: PagePoint): void;
  /** The pointer came onto a node (`id`) or left it (null). */
  onHover?(id: string | null, at: PagePoint): void;
  /** Every selected node, after any change of the selection. */
  onSelectionChange?(ids: string[]): void;
}

/** Whether a click adds to the selection instead of replacing it. */
export function isAdditive(event: Event | undefined): boolean {
  const mouse = event as MouseEvent | undefined;
  return Boolean(mouse?.shiftKey || mouse?.ctrlKey || mouse?.metaKey);
}

export function bindPointerEvents(instance: Core, handlers: () => PointerHandlers) {
  const pagePoint = (event: EventObject): PagePoint => {
    const box = instance.container()?.getBoundingClientRect();
    const point = event.renderedPosition ?? event.target.renderedPosition();
    return { x: (box?.left ?? 0) + point.x, y: (box?.top ?? 0) + point.y };
  };
  // The canvas has menus of its own: not the browser's.
  instance.container()?.addEventListener("contextmenu", (event) => event.preventDefault());
  instance.on("cxttap", "node", (event) => {
    handlers().onHover?.(null, pagePoint(event));
    handlers().onNodeMenu?.(event.target.id(), pagePoint(event));
  });
  instance.on("mouseover", "node", (event) => handlers().onHover?.(event.target.id(), pagePoint(event)));
  instance.on("mouseout", "node", (event) => handlers().onHover?.(null, pagePoint(event)));
  instance.on("grab pan zoom", () => handlers().onHover?.(null, { x: 0, y: 0 }));
  // A box selection selects its nodes one event at a time: report once they are all in.
  let pending = false;
  instance.on("select unselect", "node", () => {
    if (pending) return;
    pending = true;
    setTimeout(() => {
      pending = false;
      if (!instance.destroyed())
        handlers().onSelectionChange?.(instance.nodes(":selected").map((node) => node.id()));
    }, 0);
  });
}

/** Adds the visible neighbours of the selected nodes to the selection. */
export function selectNeighbours(instance: Core, ids: readonly string[]) {
  const wanted = new Set(ids);
  const nodes = instance.nodes().filter((node) => wanted.has(node.id()));
  nodes.select();
  nodes.neighborhood().nodes(":visible").select();
}

/** Unselects every node (the selection made with Shift goes too). */
export function clearCanvasSelection(instance: Core) {
  instance.elements(":selected").unselect();
}
