/** The frame's facts: visible types, the articles behind visible links (exactly those), file names. */
import { describe, expect, it } from "vitest";
import {
  articleIdsBehind,
  exportFileName,
  slugify,
  sourceLine,
  sourcesBehind,
  visibleLegend,
} from "../../../../web/client/features/export/frame-model.ts";
import { createArticle, createEdge, createNode } from "./factories.ts";

describe("visibleLegend", () => {
  it("lists each visible entity and relationship type once, sorted, with its colour", () => {
    const legend = visibleLegend(
      [
        createNode({ type: "Place" }),
        createNode({ id: "country:russia", type: "Country", colour: "#dc2626" }),
        createNode({ id: "p2" }),
      ],
      [
        createEdge({ type: "ROUTE_LEG" }),
        createEdge({ id: "e2", type: "DISPATCHES_WORKERS_TO", colour: "#2563eb" }),
      ],
    );
    expect(legend.entities.map((entry) => [entry.type, entry.colour])).toEqual([
      ["Country", "#dc2626"],
      ["Place", "#ea580c"],
    ]);
    expect(legend.relations.map((entry) => entry.label)).toEqual(["dispatches workers to", "route leg"]);
  });

  it("is empty for an empty view", () => {
    expect(visibleLegend([], [])).toEqual({ entities: [], relations: [] });
  });
});

describe("articles behind the links", () => {
  const edges = [createEdge({ articles: ["a2", "a1"] }), createEdge({ id: "e2", articles: ["a1", "a3"] })];

  it("collects each article id once", () => {
    expect(articleIdsBehind(edges)).toEqual(["a1", "a2", "a3"]);
  });

  it("never cites an article for a co-mention: only claims have sources", () => {
    const coMention = createEdge({ id: "c1", type: "CO_MENTIONED", kind: "co-mention", articles: ["a9"] });
    expect(articleIdsBehind([...edges, coMention])).toEqual(["a1", "a2", "a3"]);
  });

  it("lists exactly those articles, oldest first and undated last, ignoring other known articles", () => {
    const summaries = new Map(
      [
        createArticle({ id: "a1", published: "2024-08-21" }),
        createArticle({ id: "a2", published: null, precision: "unknown" }),
        createArticle({ id: "a3", published: "2023-10" }),
        createArticle({ id: "unrelated", published: "2020" }),
      ].map((article) => [article.id, article]),
    );
    expect(sourcesBehind(edges, summaries).map((article) => article.id)).toEqual(["a3", "a1", "a2"]);
  });

  it("refuses to print a footer that would leave an article out", () => {
    expect(() => sourcesBehind(edges, new Map([["a1", createArticle()]]))).toThrow(/a2, a3/);
  });

  it("prints outlet, title and date, saying when they are unknown", () => {
    expect(sourceLine(createArticle())).toBe("Daily NK — Workers cross at Dandong (2024-08-21)");
    expect(sourceLine(createArticle({ source: null, published: null }))).toBe(
      "Unknown outlet — Workers cross at Dandong (undated)",
    );
  });
});

describe("file names", () => {
  it("slugs titles: lower case, accents folded, punctuation to single hyphens", () => {
    expect(slugify("Route: Pyongyang → Russia")).toBe("route-pyongyang-russia");
    expect(slugify("  Sinŭiju & Dandong — “trade”  ")).toBe("sinuiju-dandong-trade");
    expect(slugify("<script>alert(1)</script>")).toBe("script-alert-1-script");
  });

  it("never gives an empty or over-long name", () => {
    expect(slugify("→ ← !!")).toBe("graphbrief-view");
    const long = slugify("word ".repeat(40));
    expect(long.length).toBeLessThanOrEqual(60);
    expect(long.endsWith("-")).toBe(false);
  });

  it("says what the picture is and when", () => {
    expect(exportFileName("Route Pyongyang Russia", "2026-11-23", "png")).toBe(
      "route-pyongyang-russia-2026-11-23.png",
    );
    expect(exportFileName("worker-routes Russia", "2026-11-23", "svg")).toBe(
      "worker-routes-russia-2026-11-23.svg",
    );
  });
});
