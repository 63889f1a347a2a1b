/**
 * A saved query as the explorer's view: its name, parameters and notes in the URL, the parameters typed against
 * the query's header, and its result re-keyed like the rest of the explorer's graph.
 */
import { describe, expect, it } from "vitest";
import { explorerGraph } from "../../../../web/client/features/export/api/saved-query-graph.ts";
import { typedQueryParams } from "../../../../web/client/features/export/saved-query-params.ts";
import { withNote } from "../../../../web/client/features/export/use-briefing-context.ts";
import { parseViewState, serializeViewState } from "../../../../web/client/lib/view-state.ts";
import type { QueryParamSpec } from "../../../../web/shared/query-types.ts";

const SPECS: QueryParamSpec[] = [
  { name: "country", type: "string", default: "Russia" },
  { name: "limit", type: "int", min: 1, max: 500, default: 50 },
  { name: "ratio", type: "float" },
  { name: "strict", type: "boolean", default: false },
];

describe("view state of a saved query", () => {
  it("round-trips the query, its parameters and notes through the URL", () => {
    const search =
      "?q=worker-routes&qp.country=North+Korea&qp.limit=5&note.country%3Arussia=Arrival+%26+work";
    const state = parseViewState(search);
    expect(state.query).toBe("worker-routes");
    expect(state.queryParams).toEqual({ country: "North Korea", limit: "5" });
    expect(state.notes).toEqual({ "country:russia": "Arrival & work" });
    expect(parseViewState(serializeViewState(state))).toEqual(state);
  });

  it("writes nothing for a view without a query or notes", () => {
    expect(serializeViewState(parseViewState(""))).toBe("");
  });

  it("sets and removes a note", () => {
    const state = withNote(parseViewState(""), "place:dandong", "Border crossing");
    expect(serializeViewState(state)).toBe("?note.place%3Adandong=Border+crossing");
    expect(withNote(state, "place:dandong", "").notes).toEqual({});
  });
});

describe("typedQueryParams", () => {
  it("types text by the header", () => {
    expect(typedQueryParams(SPECS, { country: "Laos", limit: "7", ratio: "0.5", strict: "true" })).toEqual({
      values: { country: "Laos", limit: 7, ratio: 0.5, strict: true },
      problems: [],
    });
  });

  it("names unknown parameters and values of the wrong type", () => {
    const { problems } = typedQueryParams(SPECS, { limit: "many", strict: "yes", ratio: "", colour: "red" });
    expect(problems).toEqual([
      'limit: "many" is not an int',
      'strict: "yes" is not a boolean',
      'ratio: "" is not a float',
      'unknown parameter "colour" (this query takes: country, limit, ratio, strict)',
    ]);
  });
});

describe("explorerGraph", () => {
  it("keys entities by their id and links by their claim key, and points links at the new ids", () => {
    const graph = explorerGraph({
      nodes: [
        {
          id: "4:x:1",
          labels: ["Entity", "Place"],
          name: "Dandong",
          properties: { id: "place:dandong", type: "Place" },
        },
        { id: "4:x:2", labels: ["Entity", "Country"], name: "Russia", properties: { id: "country:russia" } },
        { id: "4:x:3", labels: ["Article"], name: "An article", properties: { title: "An article" } },
      ],
      edges: [
        {
          id: "5:x:9",
          source: "4:x:1",
          target: "4:x:2",
          type: "ROUTE_LEG",
          properties: { key: "leg-key", legIndex: 1 },
        },
        { id: "5:x:10", source: "4:x:3", target: "4:x:1", type: "MENTIONS", properties: {} },
      ],
    });
    expect(graph.nodes.map((node) => node.id)).toEqual(["place:dandong", "country:russia", "4:x:3"]);
    expect(graph.edges[0]).toMatchObject({
      id: "leg-key",
      source: "place:dandong",
      target: "country:russia",
      properties: { legIndex: 1 },
    });
    expect(graph.edges[0]?.properties).not.toHaveProperty("key");
    expect(graph.edges[1]).toMatchObject({ id: "5:x:10", source: "4:x:3", target: "place:dandong" });
  });
});
