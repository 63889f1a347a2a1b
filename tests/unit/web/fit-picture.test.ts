import cytoscape from "cytoscape";
import { describe, expect, it } from "vitest";
import { graphStyle } from "../../../web/client/features/graph/graph-style.ts";
import { pictureBox } from "../../../web/client/features/graph/layout/fit-picture.ts";

function canvas(names: Record<string, [number, number]>, quiet: string[] = []) {
  const cy = cytoscape({ headless: true, styleEnabled: true, style: graphStyle });
  for (const [name, [x, y]] of Object.entries(names)) {
    cy.add({
      data: { id: name, name },
      position: { x, y },
      classes: quiet.includes(name) ? ["label-quiet"] : [],
    });
  }
  return cy;
}

describe("picture box", () => {
  it("holds every node's label whole, below the node and as wide as its text", () => {
    const box = pictureBox(canvas({ "a long name at the left edge": [0, 0], b: [300, 100] }));
    // The first label is wider than its node: it sets the left edge, half its width left of the centre.
    expect(box?.x1).toBeLessThan(-14.5 - 20);
    // Below the lower node: its size, the gap and a line of text.
    expect(box?.y2).toBeGreaterThanOrEqual(100 + 14.5 + 4 + 11);
  });

  it("is the same whether the canvas left labels out for room or not", () => {
    const names: Record<string, [number, number]> = { "a long name at the left edge": [0, 0], b: [300, 100] };
    expect(pictureBox(canvas(names, ["a long name at the left edge", "b"]))).toEqual(
      pictureBox(canvas(names)),
    );
  });

  it("is nothing when no node is shown", () => {
    expect(pictureBox(cytoscape({ headless: true }))).toBeNull();
  });
});
