/**
 * The graph canvas: one Cytoscape instance for the component's life. Elements are added and removed by id (so
 * positions survive expansion and dragging), filters hide by class, and selection and paths are drawn as states.
 * The first layout and a change of layout are computed in a worker and applied when ready (`data-layout-state`
 * says which); nodes added later (an expansion) are placed around the node that brought them, without moving the
 * others or the view. Once the user has arranged the canvas, every node's position is reported (`onArrange`) for
 * the URL, and nodes with a position there are put back at it. A tap selects, a double tap expands. The instance
 * is exposed as `window.__graphbrief_cy` for end-to-end tests.
 */
import cytoscape, {
  type Core,
  type ElementDefinition,
  type NodeCollection,
  type NodeSingular,
  type Position,
} from "cytoscape";
import { useEffect, useRef } from "react";
import { type Arrangement, arrangementKey } from "../../../lib/arrangement-code.ts";
import type { LayoutName } from "../../../lib/view-state.ts";
import type { Viewport } from "../../../lib/viewport-code.ts";
import { type GraphFilters, isEdgeShown, isNodeShown } from "../filter-elements.ts";
import { graphStyle } from "../graph-style.ts";
import { bindPointerEvents, isAdditive, type PointerHandlers } from "../interactions/pointer-events.ts";
import { useUnlinkedHidden } from "../interactions/use-unlinked-hidden.ts";
import { useViewportInUrl } from "../interactions/use-viewport-in-url.ts";
import { bindLabelRoom } from "../labels/label-room.ts";
import type { Point, Positions } from "../layout/compute-layout.ts";
import { bringIntoView, placementBox } from "../layout/keep-in-view.ts";
import { createLayoutClient, type LayoutClient } from "../layout/layout-client.ts";
import { type NewNode, placeAround } from "../layout/place-around.ts";
import { runCanvasLayout, setLayoutState } from "../layout/run-canvas-layout.ts";

declare global {
  interface Window {
    __graphbrief_cy?: Core;
  }
}

export interface GraphCanvasProps extends PointerHandlers {
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
  /** Whether entities with no link drawn are hidden. */
  hideUnlinked?: boolean;
  /** The zoom and pan the page opened with (from the URL), and where the user took them since. */
  viewport?: Viewport | null;
  onViewport?(viewport: Viewport): void;
  /** Where the user last saw every node, by arrangement key (from the URL): nodes are put back there. */
  arrangement?: Readonly<Arrangement>;
  onSelect(id: string | null): void;
  onExpand(id: string): void;
  /** A node was dragged and dropped here. */
  onMove?(id: string, position: Point): void;
  /** Where every node is, after the user changed the arrangement (an expansion, a drag, another layout). */
  onArrange?(positions: Positions): void;
}

const NO_POSITIONS: Readonly<Record<string, Point>> = {};
const NO_ARRANGEMENT: Readonly<Arrangement> = {};
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
  /** Whether every node so far was put where the URL's arrangement has it (a reload coming in by parts). */
  const onlyRecorded = useRef(true);
  const appliedMoves = useRef<Readonly<Record<string, Point>>>(NO_POSITIONS);
  /** The node last clicked on the canvas, and the selection last brought into view. */
  const tapped = useRef<string | null>(null);
  const revealed = useRef<string | null>(null);
  /** The selection last applied: other nodes selected with Shift stay selected until it changes. */
  const applied = useRef<string | null>(null);

  useEffect(() => {
    const instance = cytoscape({
      container: container.current,
      style: graphStyle,
      maxZoom: 2.5,
      minZoom: 0.05,
      // With panning on, a box is drawn with Shift (or Ctrl/Cmd) held while dragging the background.
      boxSelectionEnabled: true,
    });
    instance.on("tap", "node", (event) => {
      // Shift, Ctrl or Cmd adds to (or takes from) the selection, which Cytoscape does itself.
      if (isAdditive(event.originalEvent)) return;
      tapped.current = event.target.id();
      handlers.current.onSelect(event.target.id());
    });
    instance.on("tap", (event) => {
      if (event.target === instance) handlers.current.onSelect(null);
    });
    instance.on("dbltap", "node", (event) => handlers.current.onExpand(event.target.id()));
    instance.on("dragfree", "node", (event) => {
      handlers.current.onMove?.(event.target.id(), { ...event.target.position() });
      report(instance, handlers.current.onArrange);
    });
    bindPointerEvents(instance, () => handlers.current);
    bindLabelRoom(instance);
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
  const arrangement = props.arrangement ?? NO_ARRANGEMENT;

  // biome-ignore lint/correctness/useExhaustiveDependencies: pins are applied again to newly added elements
  useEffect(() => {
    if (cy.current) applyPins(cy.current, pinned, placed.current);
  }, [elements, pinned]);

  // Moves and arrangements from the URL (a reload, Back or Forward): put the nodes there, or back where the
  // layout had them.
  useEffect(() => {
    const instance = cy.current;
    if (!instance) return;
    const previous = appliedMoves.current;
    appliedMoves.current = positions;
    instance.batch(() => {
      for (const id of Object.keys(previous)) {
        const home = arrangement[arrangementKey(id)] ?? laidOutAt.current[id];
        if (!(id in positions) && home) moveNode(instance, id, home);
      }
      instance.nodes().forEach((node) => {
        if (!placed.current.has(node.id())) return;
        const target = positions[node.id()] ?? arrangement[arrangementKey(node.id())];
        if (target) moveNode(instance, node.id(), target);
      });
    });
  }, [positions, arrangement]);

  useEffect(() => {
    const instance = cy.current;
    const client = layoutClient.current;
    if (!instance || !client) return;
    syncElements(instance, elements);
    for (const id of placed.current) if (instance.getElementById(id).empty()) placed.current.delete(id);
    const changedLayout = laidOut.current !== null && laidOut.current !== layout;
    const wasEmpty = placed.current.size === 0;
    const unplaced = instance.nodes().filter((node) => !placed.current.has(node.id()));
    if (!changedLayout && unplaced.empty()) return;
    laidOut.current = layout;
    const recordedArrangement = handlers.current.arrangement ?? NO_ARRANGEMENT;
    // Back or Forward to another layout comes with that layout's arrangement; a new choice comes without one.
    const restored =
      changedLayout &&
      instance
        .nodes()
        .filter((node) => !(arrangementKey(node.id()) in recordedArrangement))
        .empty();
    let fromUrl = 0;
    if (restored || !changedLayout) {
      const recorded = placeRecorded(instance, restored ? instance.nodes() : unplaced, recordedArrangement);
      for (const id of recorded) placed.current.add(id);
      fromUrl = recorded.length;
    }
    const rest = unplaced.filter((node) => !placed.current.has(node.id()));
    const moves = handlers.current.positions ?? NO_POSITIONS;
    if ((changedLayout && !restored) || (rest.nonempty() && placed.current.size === 0)) {
      // The first layout, or the one the user asked for: every node, dragged ones where they were dropped.
      const run = ++layoutRun.current;
      setLayoutState(container.current, "running");
      const fixed = fixedPositions(instance, placed.current, moves);
      const start = { layout, incremental: false, fixed, placed: placed.current };
      void runCanvasLayout(instance, client, start, () => run === layoutRun.current).then((applied) => {
        if (!applied) return;
        laidOutAt.current = applied;
        onlyRecorded.current = false;
        placed.current = new Set(Object.keys(applied));
        applyPins(instance, handlers.current.pinned, placed.current);
        if (changedLayout) report(instance, handlers.current.onArrange);
        setLayoutState(container.current, "idle");
      });
      return;
    }
    // A newer arrangement supersedes a layout still being computed.
    layoutRun.current += 1;
    const placedBefore = new Set(placed.current);
    const around = placeAround(
      placedPoints(instance, placed.current),
      newNodes(rest),
      placementBox(instance),
    );
    instance.batch(() => {
      for (const [id, position] of Object.entries(around)) moveNode(instance, id, position, true);
    });
    for (const id of Object.keys(around)) placed.current.add(id);
    laidOutAt.current = { ...laidOutAt.current, ...around };
    applyPins(instance, handlers.current.pinned, placed.current);
    if (Object.keys(around).length > 0) onlyRecorded.current = false;
    // A link's picture coming in by parts is fitted each time; an expansion keeps the view.
    if (wasEmpty || (onlyRecorded.current && fromUrl > 0)) instance.fit(undefined, 30);
    else bringIntoView(instance, rest, broughtBy(rest, placedBefore));
    if (rest.nonempty()) report(instance, handlers.current.onArrange);
    setLayoutState(container.current, "idle");
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

  useUnlinkedHidden(cy, props.hideUnlinked ?? false, [elements, filters, hidden]);
  useViewportInUrl(cy, props.viewport, props.onViewport);

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

function moveNode(instance: Core, id: string, position: Point, always = false) {
  const node = instance.getElementById(id);
  if (node.empty()) return;
  const { x, y } = node.position();
  // The URL keeps positions rounded: a node within a pixel of one stays where it is.
  if (!always && Math.round(x) === Math.round(position.x) && Math.round(y) === Math.round(position.y)) return;
  const locked = node.locked();
  node.unlock();
  node.position({ ...position });
  if (locked) node.lock();
}

/** Reports where every node is (the URL keeps them rounded, within a pixel). */
function report(instance: Core, onArrange: ((positions: Positions) => void) | undefined) {
  const all: Positions = {};
  instance.nodes().forEach((node) => {
    all[node.id()] = { ...node.position() };
  });
  onArrange?.(all);
}

/** Where on the screen the placed node with the most of `fresh` as neighbours is (the expanded node). */
function broughtBy(fresh: NodeCollection, placed: ReadonlySet<string>): Position | null {
  let best: { node: NodeSingular; count: number } | null = null;
  fresh
    .neighborhood()
    .nodes()
    .forEach((node) => {
      if (!placed.has(node.id())) return;
      const count = node.neighborhood().nodes().intersection(fresh).length;
      if (!best || count > best.count) best = { node, count };
    });
  return best ? { ...(best as { node: NodeSingular }).node.renderedPosition() } : null;
}

/** Puts nodes where the URL's arrangement has them; returns their ids. */
function placeRecorded(instance: Core, nodes: NodeCollection, arrangement: Readonly<Arrangement>): string[] {
  const done: string[] = [];
  instance.batch(() => {
    nodes.forEach((node) => {
      const position = arrangement[arrangementKey(node.id())];
      if (!position) return;
      moveNode(instance, node.id(), position, true);
      done.push(node.id());
    });
  });
  return done;
}

function placedPoints(instance: Core, placed: ReadonlySet<string>): Map<string, Point> {
  const points = new Map<string, Point>();
  for (const id of placed) {
    const node = instance.getElementById(id);
    if (node.nonempty()) points.set(id, { ...node.position() });
  }
  return points;
}

function newNodes(nodes: NodeCollection): NewNode[] {
  return nodes.map((node) => ({
    id: node.id(),
    neighbours: node
      .neighborhood()
      .nodes()
      .map((other) => other.id()),
  }));
}

/** What the canvas shows, in the graph's coordinates, less a margin for labels at its edges. */
/** Adds what is new and removes what is gone; returns how many nodes were added. */
function syncElements(instance: Core, elements: ElementDefinition[]): number {
  const wanted = new Set(elements.map((element) => String(element.data.id)));
  let added = 0;
  instance.batch(() => {
    instance.elements().forEach((element) => {
      if (!wanted.has(element.id())) instance.remove(element);
    });
    const fresh = elements.filter((element) => instance.getElementById(String(element.data.id)).empty());
    // Colours and labels of links already drawn follow the view (a new type in view can change the palette),
    // and node sizes follow the links and sources shown.
    for (const element of elements) {
      const drawn = instance.getElementById(String(element.data.id));
      if (drawn.empty()) continue;
      const keys = element.group === "edges" ? ["colour", "label"] : ["size"];
      const changed = keys.filter((key) => drawn.data(key) !== element.data[key]);
      if (changed.length > 0) drawn.data(Object.fromEntries(changed.map((key) => [key, element.data[key]])));
    }
    added = fresh.filter((element) => element.group === "nodes").length;
    instance.add(fresh);
  });
  return added;
}
