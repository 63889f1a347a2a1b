import { describe, expect, it } from "vitest";
import { decodeViewport, encodeViewport, type Viewport } from "../../../web/client/lib/viewport-code.ts";

/** Where a point of the graph is drawn on the canvas at a viewport. */
function onScreen(viewport: Viewport, x: number): number {
  return x * viewport.zoom + viewport.x;
}

describe("viewport code", () => {
  it("reads back what it wrote", () => {
    expect(decodeViewport(encodeViewport({ zoom: 0.876187, x: 480.14, y: -375.5 }))).toEqual({
      zoom: 0.876187,
      x: 480.1,
      y: -375.5,
    });
    expect(encodeViewport({ zoom: 2.5, x: -0.01, y: 12 })).toBe("2.5~0~12");
  });

  it("keeps a far node of a large graph within a tenth of a pixel of where the sender saw it", () => {
    const sent: Viewport = { zoom: 0.0504999, x: 812.34, y: 401.26 };
    const received = decodeViewport(encodeViewport(sent));
    if (!received) throw new Error("the viewport did not read back");
    for (const x of [-16_000, 0, 16_000]) {
      expect(Math.abs(onScreen(received, x) - onScreen(sent, x))).toBeLessThan(0.1);
    }
  });

  it("reads nothing from malformed text", () => {
    expect(decodeViewport(null)).toBeNull();
    expect(decodeViewport("0~1~2")).toBeNull();
    expect(decodeViewport("1~x~2")).toBeNull();
    expect(decodeViewport("1~2")).toBeNull();
  });
});
