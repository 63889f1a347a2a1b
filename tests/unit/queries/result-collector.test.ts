import { int, Node, Path, PathSegment, Record, Relationship } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { plainCell, ResultCollector } from "../../../web/server/queries/result-collector.ts";

function node(id: string, name: string, label = "Place") {
  return new Node(int(0), ["Entity", label], { id, name }, id);
}

function rel(id: string, from: string, to: string, type = "ROUTE_LEG") {
  return new Relationship(int(0), int(0), int(0), type, { key: id }, id, from, to);
}

const record = (keys: string[], values: unknown[]) => new Record(keys, values);

describe("ResultCollector", () => {
  it("collects nodes and relationships from paths, lists and maps, and plain table cells", () => {
    const [a, b, c] = [node("a", "Pyongyang"), node("b", "Dandong"), node("c", "Harbin")];
    const [ab, bc] = [rel("ab", "a", "b"), rel("bc", "b", "c")];
    const path = new Path(a, c, [new PathSegment(a, ab, b), new PathSegment(b, bc, c)]);
    const collector = new ResultCollector({ maxRows: 10, maxNodes: 10, maxBytes: 1_000_000 });
    expect(collector.add(record(["p", "stops", "info"], [path, [a, b], { last: c, hops: 2 }]))).toBe(true);
    expect(collector.columns).toEqual(["p", "stops", "info"]);
    expect([...collector.nodes.keys()].sort()).toEqual(["a", "b", "c"]);
    expect([...collector.edges.keys()].sort()).toEqual(["ab", "bc"]);
    const [cells] = collector.rows;
    expect(cells?.[1]).toEqual([
      expect.objectContaining({ name: "Pyongyang" }),
      expect.objectContaining({ name: "Dandong" }),
    ]);
    expect(cells?.[2]).toEqual({
      last: expect.objectContaining({ id: "c", labels: ["Entity", "Place"] }),
      hops: 2,
    });
    expect(collector.truncated).toBeNull();
  });

  it("stops at the row cap and says so", () => {
    const collector = new ResultCollector({ maxRows: 2, maxNodes: 10, maxBytes: 1_000_000 });
    expect(collector.add(record(["x"], [1]))).toBe(true);
    expect(collector.add(record(["x"], [2]))).toBe(true);
    expect(collector.add(record(["x"], [3]))).toBe(false);
    expect(collector.rows).toEqual([[1], [2]]);
    expect(collector.truncated).toMatchObject({
      by: "rows",
      limit: 2,
      message: expect.stringMatching(/cut at 2 rows/),
    });
  });

  it("stops before a row that would pass the node cap", () => {
    const collector = new ResultCollector({ maxRows: 10, maxNodes: 2, maxBytes: 1_000_000 });
    expect(collector.add(record(["n"], [[node("a", "A"), node("b", "B")]]))).toBe(true);
    expect(collector.add(record(["n"], [[node("a", "A")]]))).toBe(true);
    expect(collector.add(record(["n"], [[node("c", "C")]]))).toBe(false);
    expect(collector.nodes.size).toBe(2);
    expect(collector.rows).toHaveLength(2);
    expect(collector.truncated?.by).toBe("nodes");
  });

  it("lists the missing ends of bare relationships and drops edges it cannot complete", () => {
    const collector = new ResultCollector({ maxRows: 10, maxNodes: 2, maxBytes: 1_000_000 });
    collector.add(record(["r"], [rel("ab", "a", "b")]));
    collector.add(record(["r"], [rel("cd", "c", "d")]));
    expect(collector.missingEndpoints().sort()).toEqual(["a", "b", "c", "d"]);
    collector.addEndpoints([node("a", "A"), node("b", "B"), node("c", "C"), node("d", "D")]);
    expect([...collector.nodes.keys()]).toEqual(["a", "b"]);
    expect([...collector.edges.keys()]).toEqual(["ab"]);
    expect(collector.truncated?.by).toBe("nodes");
  });
});

describe("plainCell", () => {
  it("keeps scalars and turns relationships into graph edges", () => {
    expect(plainCell("text")).toBe("text");
    expect(plainCell(null)).toBeNull();
    expect(plainCell(rel("ab", "a", "b"))).toEqual({
      id: "ab",
      source: "a",
      target: "b",
      type: "ROUTE_LEG",
      properties: { key: "ab" },
    });
  });
});
