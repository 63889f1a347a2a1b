/** Test data for the export's pure parts: nodes, links and article summaries with overridable fields. */
import type { ExportEdge, ExportNode } from "../../../../web/client/features/export/frame-model.ts";
import type { ArticleSummary } from "../../../../web/shared/api-types.ts";

export function createNode(overrides: Partial<ExportNode> = {}): ExportNode {
  return {
    id: "place:dandong",
    name: "Dandong",
    type: "Place",
    x: 0,
    y: 0,
    colour: "#ea580c",
    shape: "round-triangle",
    ...overrides,
  };
}

export function createEdge(overrides: Partial<ExportEdge> = {}): ExportEdge {
  return {
    id: "leg-1",
    source: "place:pyongyang",
    target: "place:dandong",
    type: "ROUTE_LEG",
    label: "route leg 1",
    articles: ["a1"],
    colour: "#ea580c",
    ...overrides,
  };
}

export function createArticle(overrides: Partial<ArticleSummary> = {}): ArticleSummary {
  return {
    id: "a1",
    title: "Workers cross at Dandong",
    source: "Daily NK",
    published: "2024-08-21",
    precision: "day",
    ...overrides,
  };
}
