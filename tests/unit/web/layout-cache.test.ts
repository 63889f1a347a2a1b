import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { LayoutRequest } from "../../../web/client/features/graph/layout/compute-layout.ts";
import {
  cachedLayout,
  keepLayout,
  requestKey,
} from "../../../web/client/features/graph/layout/layout-cache.ts";

class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

function request(count: number, extra = ""): LayoutRequest {
  const nodes = Array.from({ length: count }, (_, index) => ({
    id: `n${index}${extra}`,
    width: 28,
    height: 28,
  }));
  const edges = nodes.slice(1).map((node, index) => ({ id: `e${index}`, source: "n0", target: node.id }));
  return { layout: "fcose", nodes, edges, incremental: false };
}

describe("layout cache", () => {
  beforeEach(() => {
    (globalThis as { localStorage?: Storage }).localStorage = new MemoryStorage();
  });
  afterEach(() => {
    delete (globalThis as { localStorage?: Storage }).localStorage;
  });

  it("gives back a kept layout for the same request, in whatever order its elements come", () => {
    const kept = request(5);
    keepLayout(kept, { n0: { x: 1.234, y: 2 }, n1: { x: 3, y: 4 } });
    const reordered = { ...kept, nodes: [...kept.nodes].reverse(), edges: [...kept.edges].reverse() };
    expect(cachedLayout(reordered)).toEqual({ n0: { x: 1.2, y: 2 }, n1: { x: 3, y: 4 } });
  });

  it("has nothing for another graph, or the same nodes with a node pinned elsewhere", () => {
    const kept = request(5);
    keepLayout(kept, { n0: { x: 0, y: 0 } });
    expect(cachedLayout(request(6))).toBeNull();
    const pinned = {
      ...kept,
      nodes: kept.nodes.map((node, i) =>
        i === 2 ? { ...node, fixed: true, position: { x: 9, y: 9 } } : node,
      ),
    };
    expect(requestKey(pinned)).not.toBe(requestKey(kept));
    expect(cachedLayout(pinned)).toBeNull();
  });

  it("keeps only the newest few layouts", () => {
    for (let index = 0; index < 6; index++) keepLayout(request(3, `-${index}`), { a: { x: index, y: 0 } });
    expect(cachedLayout(request(3, "-0"))).toBeNull();
    expect(cachedLayout(request(3, "-5"))).toEqual({ a: { x: 5, y: 0 } });
  });

  it("works without storage", () => {
    delete (globalThis as { localStorage?: Storage }).localStorage;
    keepLayout(request(3), { a: { x: 0, y: 0 } });
    expect(cachedLayout(request(3))).toBeNull();
  });
});
