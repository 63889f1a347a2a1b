import { describe, expect, it } from "vitest";
import {
  arrangementKey,
  arrangementOf,
  decodeArrangement,
  encodeArrangement,
} from "../../../web/client/lib/arrangement-code.ts";
import { parseViewState, serializeViewState } from "../../../web/client/lib/view-state.ts";

describe("the arrangement kept in the URL", () => {
  it("reads back every node's rounded position under its key", () => {
    const positions = { "place:dandong": { x: 12.4, y: -80.6 }, "country:russia": { x: -4031, y: 977 } };
    const decoded = decodeArrangement(encodeArrangement(arrangementOf(positions)));
    expect(decoded).toEqual({
      [arrangementKey("place:dandong")]: { x: 12, y: -81 },
      [arrangementKey("country:russia")]: { x: -4031, y: 977 },
    });
  });

  it("takes 11 URL-safe characters a node, the same for the same positions in any order", () => {
    const a = encodeArrangement(arrangementOf({ "a:1": { x: 1, y: 2 }, "b:2": { x: 3, y: 4 } }));
    const b = encodeArrangement(arrangementOf({ "b:2": { x: 3, y: 4 }, "a:1": { x: 1, y: 2 } }));
    expect(a).toBe(b);
    expect(a).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(serializeViewState({ ...parseViewState(""), arrangement: decodeArrangement(a) })).toBe(`?at=${a}`);
  });

  it("gives different keys to different ids", () => {
    const ids = Array.from({ length: 500 }, (_, index) => `entity:${index}`);
    expect(new Set(ids.map(arrangementKey)).size).toBe(ids.length);
  });

  it("reads malformed text as no arrangement", () => {
    expect(decodeArrangement("abc")).toEqual({});
    expect(decodeArrangement("abcde!!!!!!")).toEqual({});
    expect(parseViewState("?at=zz").arrangement).toEqual({});
  });
});
