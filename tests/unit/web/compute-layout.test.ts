import { describe, expect, it } from "vitest";
import {
  computeLayout,
  type LayoutRequest,
  type Positions,
} from "../../../web/client/features/graph/layout/compute-layout.ts";
import { DRAFT_LAYOUT_ABOVE } from "../../../web/client/features/graph/layouts.ts";
import type { LayoutName } from "../../../web/client/lib/view-state.ts";

/** `components` stars of `size` nodes each (a hub linked to the rest), plus `loners` nodes without links. */
function createGraph(components: number, size: number, loners = 0): Omit<LayoutRequest, "layout"> {
  const nodes: LayoutRequest["nodes"] = [];
  const edges: LayoutRequest["edges"] = [];
  for (let c = 0; c < components; c += 1) {
    for (let i = 0; i < size; i += 1) {
      nodes.push({ id: `n${c}-${i}`, width: 28, height: 28 });
      if (i > 0) edges.push({ id: `e${c}-${i}`, source: `n${c}-0`, target: `n${c}-${i}` });
      if (i > 1) edges.push({ id: `r${c}-${i}`, source: `n${c}-${i - 1}`, target: `n${c}-${i}` });
    }
  }
  for (let i = 0; i < loners; i += 1) nodes.push({ id: `loner-${i}`, width: 28, height: 28 });
  return { nodes, edges, incremental: false };
}

function bounds(positions: Positions) {
  const xs = Object.values(positions).map((point) => point.x);
  const ys = Object.values(positions).map((point) => point.y);
  return { width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
}

const LAYOUTS: LayoutName[] = ["fcose", "dagre", "concentric", "grid"];

describe("layout computation", () => {
  it.each(LAYOUTS)("gives the same positions for the same elements (%s)", (layout) => {
    const graph = createGraph(4, 6, 3);
    const first = computeLayout({ layout, ...graph });
    const second = computeLayout({ layout, ...graph });
    expect(Object.keys(first).sort()).toEqual(graph.nodes.map((node) => node.id).sort());
    expect(second).toEqual(first);
  });

  it("is just as repeatable for large graphs, which get the large-graph layout", () => {
    const graph = createGraph(30, 15);
    expect(graph.nodes.length).toBeGreaterThan(DRAFT_LAYOUT_ABOVE);
    expect(computeLayout({ layout: "fcose", ...graph })).toEqual(
      computeLayout({ layout: "fcose", ...graph }),
    );
  });

  it("does not depend on the order the elements come in", () => {
    const graph = createGraph(3, 7);
    const shuffled = { ...graph, nodes: [...graph.nodes].reverse(), edges: [...graph.edges].reverse() };
    expect(computeLayout({ layout: "fcose", ...shuffled })).toEqual(
      computeLayout({ layout: "fcose", ...graph }),
    );
  });

  it("gives other positions with another seed", () => {
    const graph = createGraph(3, 7);
    const a = computeLayout({ layout: "fcose", ...graph, seed: "a" });
    const b = computeLayout({ layout: "fcose", ...graph, seed: "b" });
    expect(b).not.toEqual(a);
    expect(computeLayout({ layout: "fcose", ...graph, seed: "a" })).toEqual(a);
  });

  it("leaves Math.random as it was", () => {
    const original = Math.random;
    computeLayout({ layout: "fcose", ...createGraph(2, 5) });
    expect(Math.random).toBe(original);
  });

  it("packs disconnected components into a landscape area instead of a line", () => {
    const { width, height } = bounds(computeLayout({ layout: "fcose", ...createGraph(12, 6, 10) }));
    expect(width / height).toBeGreaterThan(0.8);
    expect(width / height).toBeLessThan(3.5);
  });

  it("keeps fixed nodes where they are and the rest where they would be without the move", () => {
    const graph = createGraph(3, 6);
    const before = computeLayout({ layout: "fcose", ...graph });
    const moved = { x: 1234, y: -567 };
    const nodes = graph.nodes.map((node) =>
      node.id === "n1-2" ? { ...node, position: moved, fixed: true } : node,
    );
    const after = computeLayout({ layout: "fcose", ...graph, nodes });
    expect(after["n1-2"]).toEqual(moved);
    expect({ ...after, "n1-2": before["n1-2"] }).toEqual(before);
  });

  it("keeps fixed nodes in an incremental layout and places new nodes", () => {
    const graph = createGraph(2, 5);
    const before = computeLayout({ layout: "fcose", ...graph });
    const nodes = [
      ...graph.nodes.map((node) => ({ ...node, position: before[node.id], fixed: node.id === "n0-0" })),
      { id: "new", width: 28, height: 28 },
    ];
    const edges = [...graph.edges, { id: "e-new", source: "n0-0", target: "new" }];
    const after = computeLayout({ layout: "fcose", nodes, edges, incremental: true });
    expect(after["n0-0"]).toEqual(before["n0-0"]);
    expect(Number.isFinite(after.new?.x)).toBe(true);
    expect(computeLayout({ layout: "fcose", nodes, edges, incremental: true })).toEqual(after);
  });
});
