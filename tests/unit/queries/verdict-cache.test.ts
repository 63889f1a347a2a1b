import { describe, expect, it } from "vitest";
import { createVerdictCache } from "../../../web/server/queries/verdict-cache.ts";

describe("verdict cache", () => {
  it("knows only the exact texts it was given", () => {
    const cache = createVerdictCache();
    cache.add("MATCH (n) RETURN n");
    expect(cache.has("MATCH (n) RETURN n")).toBe(true);
    expect(cache.has("MATCH (n) RETURN n ")).toBe(false);
    expect(cache.has("match (n) return n")).toBe(false);
  });

  it("forgets the least recently used text beyond its size", () => {
    const cache = createVerdictCache(2);
    cache.add("a");
    cache.add("b");
    expect(cache.has("a")).toBe(true);
    cache.add("c");
    expect(cache.has("b")).toBe(false);
    expect(cache.has("a")).toBe(true);
    expect(cache.has("c")).toBe(true);
  });
});
