import { describe, expect, it } from "vitest";
import { parseViewState, serializeViewState, type ViewState } from "../../../web/client/lib/view-state.ts";

const DEFAULTS = parseViewState("");

describe("the view state in the URL", () => {
  it("has defaults that serialise to an empty query string", () => {
    expect(DEFAULTS).toMatchObject({
      overview: true,
      selected: null,
      expanded: [],
      layout: "fcose",
      showUndated: true,
    });
    expect(serializeViewState(DEFAULTS)).toBe("");
  });

  it("survives a round trip with every field set", () => {
    const state: ViewState = {
      ...DEFAULTS,
      overview: false,
      selected: "place:dandong",
      added: ["place:dandong", "country:russia"],
      expanded: [{ id: "place:dandong" }, { id: "country:russia", type: "ROUTE_LEG" }],
      hiddenTypes: ["Place"],
      hiddenRelations: ["LOCATED_IN", "PART_OF"],
      hiddenArticles: ["000_c52d55ddee45837f"],
      removed: ["amount:usd-600"],
      pinned: ["place:harbin"],
      cap: 500,
      article: "004_afcfc838190d7959",
      cited: { start: 656, end: 820 },
      minSources: 2,
      minConfidence: 0.65,
      coMentions: true,
      until: "2023-10",
      showUndated: false,
      layout: "dagre",
      pathFrom: "place:pyongyang",
      pathTo: "country:russia",
    };
    expect(parseViewState(serializeViewState(state))).toEqual(state);
  });

  it("keeps the cited sentence only with the article it is in, and only a range that makes sense", () => {
    expect(parseViewState("?article=a&cite=656-820").cited).toEqual({ start: 656, end: 820 });
    expect(parseViewState("?cite=656-820").cited).toBeNull();
    expect(parseViewState("?article=a&cite=820-656").cited).toBeNull();
    expect(parseViewState("?article=a&cite=x").cited).toBeNull();
    expect(serializeViewState({ ...DEFAULTS, cited: { start: 1, end: 5 } })).toBe("");
  });

  it("falls back to defaults for values it does not understand", () => {
    const state = parseViewState("?layout=spiral&minSources=-4&exp=,,&minConf=7&comentions=yes");
    expect(state.layout).toBe("fcose");
    expect(state.minConfidence).toBe(1);
    expect(state.coMentions).toBe(false);
    expect(state.minSources).toBe(1);
    expect(state.expanded).toEqual([]);
  });
});
