import { describe, expect, it } from "vitest";
import {
  type FilterableEdge,
  type GraphFilters,
  isEdgeShown,
  isNodeShown,
} from "../../../web/client/features/graph/filter-elements.ts";

const NONE: GraphFilters = {
  hiddenTypes: [],
  hiddenRelations: [],
  hiddenArticles: [],
  minSources: 1,
  minConfidence: 0,
  until: null,
  showUndated: true,
};
const edge = (
  firstPublished: string | null,
  sourceCount = 1,
  articles = ["a1"],
  extra: Partial<FilterableEdge> = {},
): FilterableEdge => ({
  type: "ROUTE_LEG",
  kind: "claim",
  confidence: 0.75,
  sourceCount,
  firstPublished,
  articles,
  ...extra,
});

describe("canvas filters", () => {
  it("hide entity types and relationship types", () => {
    expect(isNodeShown("Place", { ...NONE, hiddenTypes: ["Place"] })).toBe(false);
    expect(isNodeShown("Country", { ...NONE, hiddenTypes: ["Place"] })).toBe(true);
    expect(isEdgeShown(edge("2020"), { ...NONE, hiddenRelations: ["ROUTE_LEG"] })).toBe(false);
  });

  it("hide links only when every article behind them is hidden", () => {
    const hidden = { ...NONE, hiddenArticles: ["a1"] };
    expect(isEdgeShown(edge("2020", 1, ["a1"]), hidden)).toBe(false);
    expect(isEdgeShown(edge("2020", 2, ["a1", "a2"]), hidden)).toBe(true);
  });

  it("hide links with fewer independent sources than asked", () => {
    expect(isEdgeShown(edge("2020", 1), { ...NONE, minSources: 2 })).toBe(false);
    expect(isEdgeShown(edge("2020", 2), { ...NONE, minSources: 2 })).toBe(true);
  });

  it("hide links first reported after the slider's date, comparing dates of different precision", () => {
    const until = { ...NONE, until: "2023-10" };
    expect(isEdgeShown(edge("2024-08-21"), until)).toBe(false);
    expect(isEdgeShown(edge("2023-10-05"), until)).toBe(true);
    expect(isEdgeShown(edge("2023"), until)).toBe(true);
    expect(isEdgeShown(edge("2020"), { ...NONE, until: "2020" })).toBe(true);
  });

  it("show links from undated articles only when asked, whatever the slider says", () => {
    expect(isEdgeShown(edge(null), { ...NONE, until: "2020" })).toBe(true);
    expect(isEdgeShown(edge(null), { ...NONE, showUndated: false })).toBe(false);
  });

  it("hide claims found with less confidence than asked, but never co-mentions (they have their own switch)", () => {
    const strict = { ...NONE, minConfidence: 0.8 };
    expect(isEdgeShown(edge("2020"), strict)).toBe(false);
    expect(isEdgeShown(edge("2020", 1, ["a1"], { confidence: 0.85 }), strict)).toBe(true);
    expect(isEdgeShown(edge("2020", 1, ["a1"], { kind: "co-mention", confidence: 0.3 }), strict)).toBe(true);
    expect(isEdgeShown(edge("2020", 1, ["a1"], { confidence: null }), strict)).toBe(true);
  });
});
