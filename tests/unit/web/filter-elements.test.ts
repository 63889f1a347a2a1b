import { describe, expect, it } from "vitest";
import {
  type GraphFilters,
  isEdgeShown,
  isNodeShown,
} from "../../../web/client/features/graph/filter-elements.ts";

const NONE: GraphFilters = {
  hiddenTypes: [],
  hiddenRelations: [],
  hiddenArticles: [],
  minSources: 1,
  until: null,
  showUndated: true,
};
const edge = (firstPublished: string | null, sourceCount = 1, articles = ["a1"]) => ({
  type: "ROUTE_LEG",
  sourceCount,
  firstPublished,
  articles,
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
});
