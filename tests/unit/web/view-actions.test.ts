import { describe, expect, it } from "vitest";
import {
  withAllShown,
  withClearedCanvas,
  withHidden,
  withMoved,
  withRemoval,
  withSelection,
} from "../../../web/client/app/view-actions.ts";
import { parseViewState, serializeViewState } from "../../../web/client/lib/view-state.ts";

const START = parseViewState("?sel=place%3Aharbin&add=place%3Aharbin");

describe("hiding, removing and moving entities", () => {
  it("hides for now, deselecting what is hidden, and shows all again", () => {
    const hidden = withHidden(START, "place:harbin");
    expect(hidden.hidden).toEqual(["place:harbin"]);
    expect(hidden.selected).toBeNull();
    expect(hidden.added).toEqual(["place:harbin"]);
    expect(withHidden(hidden, "place:harbin").hidden).toEqual(["place:harbin"]);
    expect(withAllShown(hidden).hidden).toEqual([]);
  });

  it("shows a hidden entity again when it is selected", () => {
    expect(withSelection(withHidden(START, "place:harbin"), "place:harbin").hidden).toEqual([]);
  });

  it("removes an entity with its hiding and its dragged position", () => {
    const moved = withMoved(withHidden(START, "place:harbin"), "place:harbin", { x: 1, y: 2 });
    const removed = withRemoval(moved, "place:harbin");
    expect(removed.removed).toEqual(["place:harbin"]);
    expect(removed.hidden).toEqual([]);
    expect(removed.positions).toEqual({});
  });

  it("rounds dragged positions and keeps them through the URL", () => {
    const moved = withMoved(START, "country:north-korea", { x: 10.6, y: -3.2 });
    expect(moved.positions).toEqual({ "country:north-korea": { x: 11, y: -3 } });
    const url = serializeViewState(withHidden(moved, "place:dandong"));
    const back = parseViewState(url);
    expect(back.positions).toEqual(moved.positions);
    expect(back.hidden).toEqual(["place:dandong"]);
  });

  it("ignores positions it cannot read", () => {
    expect(parseViewState("?pos=a~1,b~x~2,~3~4,c~5~6").positions).toEqual({ c: { x: 5, y: 6 } });
  });

  it("reads ids that themselves contain the separator", () => {
    expect(parseViewState("?pos=odd~id~-5~7").positions).toEqual({ "odd~id": { x: -5, y: 7 } });
  });

  it("clearing the canvas forgets hidden entities, positions and the arrangement", () => {
    const arranged = { ...START, arrangement: { AAAAA: { x: 1, y: 2 } } };
    const busy = withMoved(withHidden(arranged, "place:harbin"), "place:dandong", { x: 0, y: 0 });
    const cleared = withClearedCanvas(busy, true);
    expect(cleared.hidden).toEqual([]);
    expect(cleared.positions).toEqual({});
    expect(serializeViewState(cleared)).not.toContain("at=");
  });
});
