/**
 * Places nodes new to the canvas without moving any node already there: each around the placed neighbour that
 * brought it (the expanded node: the one with the most new neighbours), on rings facing away from the rest of the
 * graph, in free spots only, and inside `view` (what the canvas shows) where there is room, so that the view need
 * not move. Nodes with no placed neighbour go around the middle of the view. The same inputs always give the same
 * positions.
 */
import type { Point, Positions } from "./compute-layout.ts";

/** A rectangle in the graph's coordinates. */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface NewNode {
  id: string;
  /** Ids of its neighbours, placed or new. */
  neighbours: readonly string[];
}

/** Distance from the anchor to the first ring, between rings, and between neighbours on a ring. */
const FIRST_RING = 110;
const RING_STEP = 70;
const SLOT_SPACING = 70;
/** How close a new node may come to any other node. */
const CLEARANCE = 56;
const MAX_RINGS = 60;

interface Canvas {
  /** Positions of every node, placed before or now. */
  occupied: Point[];
  known: Map<string, Point>;
  view: Box;
  centroid: Point;
}

export function placeAround(
  placed: ReadonlyMap<string, Point>,
  fresh: readonly NewNode[],
  view: Box,
): Positions {
  const middle = { x: (view.x1 + view.x2) / 2, y: (view.y1 + view.y2) / 2 };
  const occupied = [...placed.values()];
  const canvas: Canvas = {
    occupied,
    known: new Map(placed),
    view,
    centroid: meanPosition(occupied) ?? middle,
  };
  const positions: Positions = {};
  const freshIds = new Set(fresh.map((node) => node.id));
  let waiting = [...fresh].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  while (waiting.length > 0) {
    const groups = new Map<string, string[]>();
    const later: NewNode[] = [];
    for (const node of waiting) {
      const anchor = anchorOf(node, canvas.known, fresh, freshIds);
      if (anchor) groups.set(anchor, [...(groups.get(anchor) ?? []), node.id]);
      else later.push(node);
    }
    if (groups.size === 0) {
      // Nothing new touches the placed graph: these go around the middle of the view.
      place(
        middle,
        later.map((node) => node.id),
        canvas,
        positions,
      );
      break;
    }
    for (const anchor of [...groups.keys()].sort()) {
      place(canvas.known.get(anchor) as Point, groups.get(anchor) ?? [], canvas, positions);
    }
    waiting = later;
  }
  return positions;
}

/** The placed neighbour with the most new neighbours (ties by id), or null when none is placed. */
function anchorOf(
  node: NewNode,
  known: ReadonlyMap<string, Point>,
  fresh: readonly NewNode[],
  freshIds: ReadonlySet<string>,
): string | null {
  let best: { id: string; count: number } | null = null;
  for (const id of [...node.neighbours].sort()) {
    if (!known.has(id)) continue;
    const count = fresh.filter((other) => freshIds.has(other.id) && other.neighbours.includes(id)).length;
    if (!best || count > best.count) best = { id, count };
  }
  return best?.id ?? null;
}

/**
 * Puts `ids` in the free spots around `anchor` nearest to the direction pointing away from the graph's centroid:
 * first spots in view, on rings no wider than the view; then any free spot.
 */
function place(anchor: Point, ids: readonly string[], canvas: Canvas, positions: Positions) {
  const { view, centroid } = canvas;
  const away = Math.hypot(anchor.x - centroid.x, anchor.y - centroid.y) > 1;
  const outward = away ? Math.atan2(anchor.y - centroid.y, anchor.x - centroid.x) : -Math.PI / 2;
  const inView = (spot: Point) =>
    spot.x >= view.x1 && spot.x <= view.x2 && spot.y >= view.y1 && spot.y <= view.y2;
  const reach = Math.hypot(view.x2 - view.x1, view.y2 - view.y1);
  const queue = [...ids];
  for (let ring = 0; FIRST_RING + ring * RING_STEP <= reach && queue.length > 0; ring += 1) {
    fillRing(anchor, outward, ring, queue, canvas, positions, inView);
  }
  for (let ring = 0; ring < MAX_RINGS && queue.length > 0; ring += 1) {
    fillRing(anchor, outward, ring, queue, canvas, positions, () => true);
  }
}

/** Takes ids off `queue` onto the free spots of one ring that `allowed` accepts. */
function fillRing(
  anchor: Point,
  outward: number,
  ring: number,
  queue: string[],
  canvas: Canvas,
  positions: Positions,
  allowed: (spot: Point) => boolean,
) {
  const radius = FIRST_RING + ring * RING_STEP;
  const slots = Math.max(6, Math.floor((2 * Math.PI * radius) / SLOT_SPACING));
  for (const step of slotOrder(slots)) {
    if (queue.length === 0) return;
    const angle = outward + (step * 2 * Math.PI) / slots;
    const spot = {
      x: Math.round(anchor.x + radius * Math.cos(angle)),
      y: Math.round(anchor.y + radius * Math.sin(angle)),
    };
    if (!allowed(spot)) continue;
    if (canvas.occupied.some((other) => Math.hypot(other.x - spot.x, other.y - spot.y) < CLEARANCE)) continue;
    const id = queue.shift() as string;
    positions[id] = spot;
    canvas.occupied.push(spot);
    canvas.known.set(id, spot);
  }
}

/** Slot offsets from the outward direction, nearest first: 0, 1, -1, 2, -2, … */
function slotOrder(slots: number): number[] {
  const order = [0];
  for (let step = 1; order.length < slots; step += 1) {
    order.push(step);
    if (order.length < slots) order.push(-step);
  }
  return order;
}

function meanPosition(points: readonly Point[]): Point | null {
  if (points.length === 0) return null;
  const sum = points.reduce((total, point) => ({ x: total.x + point.x, y: total.y + point.y }), {
    x: 0,
    y: 0,
  });
  return { x: sum.x / points.length, y: sum.y / points.length };
}
