import { describe, expect, it } from "vitest";
import { assertQueryTextAllowed, scanQuery } from "../../../web/server/queries/query-text.ts";

describe("scanQuery", () => {
  it("counts nesting outside strings, names and comments", () => {
    expect(scanQuery("RETURN ((1))").depth).toBe(2);
    expect(scanQuery("RETURN '(((' AS `a(b`, \"[[\" // ((((\n/* {{{ */ [1]").depth).toBe(1);
  });

  it("scans 100,000 nested brackets without recursion", () => {
    expect(scanQuery(`RETURN ${"(".repeat(100_000)}1${")".repeat(100_000)}`).depth).toBe(100_000);
  });
});

describe("assertQueryTextAllowed", () => {
  it("accepts a version prefix and returns a PROFILE keyword with the rest of the query", () => {
    expect(assertQueryTextAllowed("CYPHER 5 MATCH (n) RETURN n")).toBeUndefined();
    expect(assertQueryTextAllowed("profile MATCH (n) RETURN n")).toEqual({
      keyword: "PROFILE",
      rest: "        MATCH (n) RETURN n",
    });
  });

  it.each([
    "CYPHER debug=toString RETURN 1",
    "CYPHER 5 planner=dp RETURN 1",
    "// x\ncypher runtime = slotted RETURN 1",
  ])("refuses options in %s", (cypher) => {
    expect(() => assertQueryTextAllowed(cypher)).toThrow(/CYPHER options .* cannot be set here/);
  });

  it("refuses 65 nested levels and accepts 64", () => {
    expect(() => assertQueryTextAllowed(`RETURN ${"(".repeat(65)}1${")".repeat(65)}`)).toThrow(
      /more than 64/,
    );
    expect(assertQueryTextAllowed(`RETURN ${"(".repeat(64)}1${")".repeat(64)}`)).toBeUndefined();
  });
});
