import { describe, expect, it } from "vitest";
import {
  computeLayout,
  type LayoutRequest,
  type Positions,
} from "../../../web/client/features/graph/layout/compute-layout.ts";
import { firstPlacement } from "../../../web/client/features/graph/layout/first-placement.ts";

const NODE = 28;

/** `groups` groups of `size` nodes, each linked to two others in its group; one node in ten also to another group. */
function clusteredGraph(groups: number, size: number): LayoutRequest {
  const total = groups * size;
  const nodes = Array.from({ length: total }, (_, index) => ({ id: `n${index}`, width: NODE, height: NODE }));
  const edges: LayoutRequest["edges"] = [];
  for (let index = 0; index < total; index++) {
    const start = index - (index % size);
    for (const [which, step] of [7, 13].entries()) {
      let target = start + (((index - start) * step + 1 + which * 5) % size);
      if (which === 1 && index % 10 === 0)
        target = (start + size * (1 + (index % 3)) + (index % size)) % total;
      if (target !== index)
        edges.push({ id: `e${index}-${which}`, source: `n${index}`, target: `n${target}` });
    }
  }
  return { layout: "fcose", nodes, edges, incremental: false };
}

function overlappingPairs(positions: Positions, side: number): number {
  const points = Object.values(positions).sort((a, b) => a.x - b.x);
  let pairs = 0;
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      const a = points[i];
      const b = points[j];
      if (!a || !b || b.x - a.x >= side) break;
      if (Math.abs(b.y - a.y) < side) pairs++;
    }
  }
  return pairs;
}

function centre(positions: Positions, ids: string[]) {
  const points = ids.map((id) => positions[id] ?? { x: Number.NaN, y: Number.NaN });
  return {
    x: points.reduce((sum, point) => sum + point.x, 0) / points.length,
    y: points.reduce((sum, point) => sum + point.y, 0) / points.length,
  };
}

describe("large-graph layout", () => {
  const graph = clusteredGraph(12, 50);
  const positions = computeLayout(graph);

  it("places every node, none drawn over another", () => {
    expect(Object.keys(positions).sort()).toEqual(graph.nodes.map((node) => node.id).sort());
    for (const point of Object.values(positions)) expect(Number.isFinite(point.x + point.y)).toBe(true);
    expect(overlappingPairs(positions, NODE)).toBe(0);
  });

  it("draws the groups apart: each group's nodes closer to their own centre than to any other group's", () => {
    const groups = Array.from({ length: 12 }, (_, group) =>
      Array.from({ length: 50 }, (_, index) => `n${group * 50 + index}`),
    );
    const centres = groups.map((ids) => centre(positions, ids));
    let closerToOwn = 0;
    groups.forEach((ids, group) => {
      for (const id of ids) {
        const point = positions[id] ?? { x: 0, y: 0 };
        const distances = centres.map((other) => Math.hypot(point.x - other.x, point.y - other.y));
        if (distances.indexOf(Math.min(...distances)) === group) closerToOwn++;
      }
    });
    expect(closerToOwn / graph.nodes.length).toBeGreaterThan(0.9);
  });

  it("gives the same positions for the same elements, in whatever order they come", () => {
    const shuffled = { ...graph, nodes: [...graph.nodes].reverse(), edges: [...graph.edges].reverse() };
    expect(computeLayout(shuffled)).toEqual(positions);
  });

  it("keeps fixed nodes where they are", () => {
    const nodes = graph.nodes.map((node, index) =>
      index === 3 ? { ...node, position: { x: 5000, y: -4000 }, fixed: true } : node,
    );
    expect(computeLayout({ ...graph, nodes }).n3).toEqual({ x: 5000, y: -4000 });
  });

  it("starts from a first placement in which linked nodes are already near each other", () => {
    const first = firstPlacement(graph.nodes, graph.edges);
    expect(Object.keys(first).sort()).toEqual(Object.keys(positions).sort());
    const distance = (a: string, b: string) => {
      const p = first[a] ?? { x: 0, y: 0 };
      const q = first[b] ?? { x: 0, y: 0 };
      return Math.hypot(p.x - q.x, p.y - q.y);
    };
    const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
    const linked = median(graph.edges.map((edge) => distance(edge.source, edge.target)));
    const any = median(graph.nodes.map((node, index) => distance(node.id, `n${(index * 37 + 11) % 600}`)));
    expect(linked).toBeLessThan(any / 3);
  });
});
