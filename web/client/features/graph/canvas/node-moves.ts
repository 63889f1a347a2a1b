/** Putting nodes at given places on the canvas, and reading where they are. */
import type { Core, NodeCollection } from "cytoscape";
import { type Arrangement, arrangementKey } from "../../../lib/arrangement-code.ts";
import type { Point, Positions } from "../layout/compute-layout.ts";

/** Moves a node, locked or not; `always` moves it even within a pixel of `position`. */
export function moveNode(instance: Core, id: string, position: Point, always = false) {
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
export function reportArrangement(instance: Core, onArrange: ((positions: Positions) => void) | undefined) {
  const all: Positions = {};
  instance.nodes().forEach((node) => {
    all[node.id()] = { ...node.position() };
  });
  onArrange?.(all);
}

/** Puts nodes where the URL's arrangement has them; returns their ids. */
export function placeRecorded(
  instance: Core,
  nodes: NodeCollection,
  arrangement: Readonly<Arrangement>,
): string[] {
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

/** Where each of the `placed` nodes is. */
export function placedPoints(instance: Core, placed: ReadonlySet<string>): Map<string, Point> {
  const points = new Map<string, Point>();
  for (const id of placed) {
    const node = instance.getElementById(id);
    if (node.nonempty()) points.set(id, { ...node.position() });
  }
  return points;
}
