/**
 * The graph canvas: one Cytoscape instance for the component's life. Elements are added and removed by id (so
 * positions survive expansion and dragging), filters hide by class, and selection and paths are drawn as states.
 * Layouts are computed in a worker and applied when ready (`data-layout-state` says which). A tap selects, a
 * double tap expands. The instance is exposed as `window.__graphbrief_cy` for end-to-end tests.
 */
import cytoscape, { type Core, type ElementDefinition, type NodeSingular } from "cytoscape";
import { useEffect, useRef } from "react";
import type { LayoutName } from "../../../lib/view-state.ts";
import { type GraphFilters, isEdgeShown, isNodeShown } from "../filter-elements.ts";
import { graphStyle } from "../graph-style.ts";
import type { Point, Positions } from "../layout/compute-layout.ts";
import { createLayoutClient, type LayoutClient } from "../layout/layout-client.ts";
import { runCanvasLayout, setLayoutState } from "../layout/run-canvas-layout.ts";

declare global {
  interface Window {
    __graphbrief_cy?: Core;
  }
}

export interface GraphCanvasProps {
  elements: ElementDefinition[];
  filters: GraphFilters;
  layout: LayoutName;
  selected: string | null;
  /** Node and link ids of the paths to highlight. */
  highlighted: ReadonlySet<string>;
  /** Nodes whose positions layouts keep. */
  pinned: readonly string[];
  /** Where the user dragged nodes: applied after every layout, which arranges the rest around them. */
  positions?: Readonly<Record<string, Point>>;
  /** Nodes hidden for now (still laid out, so they come back where they were). */
  hidden?: readonly string[];
  onSelect(id: string | null): void;
  onExpand(id: string): void;
  /** A node was dragged and dropped here. */
  onMove?(id: string, position: Point): void;
}

const NO_POSITIONS: Readonly<Record<string, Point>> = {};
const NONE: readonly string[] = [];

export function GraphCanvas(props: GraphCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | null>(null);
  const handlers = useRef(props);
  handlers.current = props;
  const laidOut = useRef<LayoutName | null>(null);
  const layoutClient = useRef<LayoutClient | null>(null);
  const layoutRun = useRef(0);
  /** Where the last finished layout put each node. */
  const laidOutAt = useRef<Positions>({});
  const placed = useRef(new Set<string>());
  const appliedMoves = useRef<Readonly<Record<string, Point>>>(NO_POSITIONS);
  /** The node last clicked on the canvas, and the selection last brought into view. */
  const tapped = useRef<string | null>(null);
  const revealed = useRef<string | null>(null);

  useEffect(() => {
    const instance = cytoscape({
      container: container.current,
      style: graphStyle,
      maxZoom: 2.5,
      minZoom: 0.05,
    });
    instance.on("tap", "node", (event) => {
      tapped.current = event.target.id();
      handlers.current.onSelect(event.target.id());
    });
    instance.on("tap", (event) => {
      if (event.target === instance) handlers.current.onSelect(null);
    });
    instance.on("dbltap", "node", (event) => handlers.current.onExpand(event.target.id()));
    instance.on("dragfree", "node", (event) => {
      handlers.current.onMove?.(event.target.id(), { ...event.target.position() });
    });
    cy.current = instance;
    window.__graphbrief_cy = instance;
    layoutClient.current = createLayoutClient();
    setLayoutState(container.current, "idle");
    return () => {
      layoutClient.current?.dispose();
      instance.destroy();
      if (window.__graphbrief_cy === instance) window.__graphbrief_cy = undefined;
    };
  }, []);

  const { elements, layout, filters, selected, highlighted, pinned } = props;
  const positions = props.positions ?? NO_POSITIONS;
  const hidden = props.hidden ?? NONE;

  // biome-ignore lint/correctness/useExhaustiveDependencies: pins are applied again to newly added elements
  useEffect(() => {
    if (cy.current) applyPins(cy.current, pinned, placed.current);
  }, [elements, pinned]);

  // Moves from the URL (a reload, Back or Forward): put the nodes there, or back where the layout had them.
  useEffect(() => {
    const instance = cy.current;
    if (!instance) return;
    const previous = appliedMoves.current;
    appliedMoves.current = positions;
    instance.batch(() => {
      for (const id of Object.keys(previous)) {
        const home = laidOutAt.current[id];
        if (!(id in positions) && home) moveNode(instance, id, home);
      }
      for (const [id, position] of Object.entries(positions)) moveNode(instance, id, position);
    });
  }, [positions]);

  useEffect(() => {
    const instance = cy.current;
    const client = layoutClient.current;
    if (!instance || !client) return;
    const added = syncElements(instance, elements);
    for (const id of placed.current) if (instance.getElementById(id).empty()) placed.current.delete(id);
    if (laidOut.current === layout && added === 0) return;
    const incremental = laidOut.current === layout && placed.current.size > 0;
    laidOut.current = layout;
    const run = ++layoutRun.current;
    setLayoutState(container.current, "running");
    const fixed = fixedPositions(instance, placed.current, handlers.current.positions ?? NO_POSITIONS);
    void runCanvasLayout(instance, client, { layout, incremental, fixed, placed: placed.current }, () => {
      return run === layoutRun.current;
    }).then((applied) => {
      if (!applied) return;
      laidOutAt.current = applied;
      placed.current = new Set(Object.keys(applied));
      applyPins(instance, handlers.current.pinned, placed.current);
      setLayoutState(container.current, "idle");
    });
  }, [elements, layout]);

  // After the effect that adds elements, so that newly added ones are hidden too.
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
    instance.elements(":selected").unselect();
    if (!selected) revealed.current = null;
    const node = selected ? instance.getElementById(selected) : undefined;
    if (!node?.nonempty()) return;
    node.select();
    // A node chosen elsewhere (search, the details panel) is brought into view once, if it is out of view. A
    // node clicked on the canvas stays where it is: moving it would send the second click of a double-click to
    // the background.
    if (revealed.current === selected) return;
    revealed.current = selected;
    const clicked = tapped.current === selected;
    tapped.current = null;
    if (!clicked && !isInView(instance, node)) instance.center(node);
  }, [elements, selected, highlighted]);

  return <div ref={container} className="graph-canvas" data-testid="graph-canvas" />;
}

function isInView(instance: Core, node: NodeSingular): boolean {
  const view = instance.extent();
  const { x, y } = node.position();
  return x >= view.x1 && x <= view.x2 && y >= view.y1 && y <= view.y2;
}

/** Dragged nodes, and pinned nodes that a layout already placed, keep their positions. */
function fixedPositions(
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
function applyPins(instance: Core, pinned: readonly string[], placed: ReadonlySet<string>) {
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

function moveNode(instance: Core, id: string, position: Point) {
  const node = instance.getElementById(id);
  if (node.empty()) return;
  const { x, y } = node.position();
  if (Math.round(x) === position.x && Math.round(y) === position.y) return;
  const locked = node.locked();
  node.unlock();
  node.position({ ...position });
  if (locked) node.lock();
}

/** Adds what is new and removes what is gone; returns how many nodes were added. */
function syncElements(instance: Core, elements: ElementDefinition[]): number {
  const wanted = new Set(elements.map((element) => String(element.data.id)));
  let added = 0;
  instance.batch(() => {
    instance.elements().forEach((element) => {
      if (!wanted.has(element.id())) instance.remove(element);
    });
    const fresh = elements.filter((element) => instance.getElementById(String(element.data.id)).empty());
    // Colours and labels of links already drawn follow the view (a new type in view can change the palette).
    for (const element of elements) {
      if (element.group !== "edges") continue;
      const drawn = instance.getElementById(String(element.data.id));
      const { colour, label } = element.data as { colour?: unknown; label?: unknown };
      if (drawn.nonempty() && (drawn.data("colour") !== colour || drawn.data("label") !== label))
        drawn.data({ colour, label });
    }
    added = fresh.filter((element) => element.group === "nodes").length;
    instance.add(fresh);
  });
  return added;
}
