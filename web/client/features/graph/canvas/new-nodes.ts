/** Nodes new to the canvas, as the placement around placed nodes needs them. */
import type { NodeCollection, NodeSingular, Position } from "cytoscape";
import type { NewNode } from "../layout/place-around.ts";

/** Each node with the ids of its neighbours. */
export function newNodes(nodes: NodeCollection): NewNode[] {
  return nodes.map((node) => ({
    id: node.id(),
    neighbours: node
      .neighborhood()
      .nodes()
      .map((other) => other.id()),
  }));
}

/** Where on the screen the placed node with the most of `fresh` as neighbours is (the expanded node). */
export function broughtBy(fresh: NodeCollection, placed: ReadonlySet<string>): Position | null {
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
