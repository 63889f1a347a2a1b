import { describe, expect, it } from "vitest";
import { type LabelledNode, quietLabels } from "../../../web/client/features/graph/labels/quiet-labels.ts";

function node(id: string, x: number, y: number, priority = 1, labelWidth = 60): LabelledNode {
  return { id, x, y, width: 29, height: 29, labelWidth, priority, selected: false };
}

describe("quiet labels", () => {
  it("leaves out the label of the less linked of two neighbours, whatever order they come in", () => {
    const hub = node("b-hub", 0, 0, 5);
    const leaf = node("a-leaf", 40, 0, 1);
    expect([...quietLabels([hub, leaf], 1)]).toEqual(["a-leaf"]);
    expect([...quietLabels([leaf, hub], 1)]).toEqual(["a-leaf"]);
  });

  it("breaks a tie by id", () => {
    expect([...quietLabels([node("b", 0, 0), node("a", 40, 0)], 1)]).toEqual(["b"]);
    expect([...quietLabels([node("a", 40, 0), node("b", 0, 0)], 1)]).toEqual(["b"]);
  });

  it("chooses from the positions and the zoom as a shared link holds them", () => {
    // Labels 60 units wide with 1.5 units of room each side at zoom 2: they touch when their nodes are 63 apart.
    // The sender's nodes are 62.8 apart, the link keeps them at 0 and 63; both screens show both labels.
    const sender = [node("a", 0.4, 0), node("b", 63.2, 0)];
    const receiver = [node("a", 0, 0), node("b", 63, 0)];
    expect([...quietLabels(sender, 2.0000001)]).toEqual([]);
    expect([...quietLabels(receiver, 2)]).toEqual([]);
    expect([...quietLabels([node("a", 0, 0), node("b", 62, 0)], 2)]).toEqual(["b"]);
  });

  it("leaves out every label too small to read, except the selection's", () => {
    const selected = { ...node("s", 0, 0), selected: true };
    expect([...quietLabels([node("a", 0, 0), selected, node("b", 500, 500)], 0.5)].sort()).toEqual([
      "a",
      "b",
    ]);
  });
});
