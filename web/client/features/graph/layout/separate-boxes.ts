/**
 * The last step of the large-graph layout: noverlap can stop (or oscillate) with a few nodes still drawn over each
 * other in dense spots, so each pair of node boxes that still overlap is pushed apart along the axis where they
 * overlap least, half each, until none do. A sweep along x finds the pairs; deterministic.
 */
import type { LayoutNode, Positions } from "./compute-layout.ts";

const MAX_ROUNDS = 200;
/** Kept between boxes, in graph units (node boxes on the canvas also include half their border). */
const GAP = 4;

export function separateBoxes(nodes: readonly LayoutNode[], positions: Positions): Positions {
  const boxes = nodes
    .filter((node) => positions[node.id])
    .map((node) => {
      const at = positions[node.id] as { x: number; y: number };
      return {
        id: node.id,
        x: at.x,
        y: at.y,
        half: (Math.max(node.width, node.height) + GAP) / 2,
        fixed: Boolean(node.fixed),
      };
    })
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const byX = [...boxes].sort((a, b) => a.x - a.half - (b.x - b.half) || (a.id < b.id ? -1 : 1));
    let moved = false;
    for (let i = 0; i < byX.length; i++) {
      const a = byX[i];
      if (!a) continue;
      for (let j = i + 1; j < byX.length; j++) {
        const b = byX[j];
        if (!b || b.x - b.half >= a.x + a.half) break;
        const overlapX = a.half + b.half - Math.abs(b.x - a.x);
        const overlapY = a.half + b.half - Math.abs(b.y - a.y);
        if (overlapX <= 0 || overlapY <= 0) continue;
        moved = true;
        const alongX = overlapX < overlapY;
        const push = (alongX ? overlapX : overlapY) + 0.01;
        const sign = alongX ? (b.x >= a.x ? 1 : -1) : b.y >= a.y ? 1 : -1;
        // A fixed node stays: the other one takes the whole push.
        const shareA = a.fixed ? 0 : b.fixed ? 1 : 0.5;
        const shareB = 1 - shareA;
        if (alongX) {
          a.x -= sign * push * shareA;
          b.x += sign * push * shareB;
        } else {
          a.y -= sign * push * shareA;
          b.y += sign * push * shareB;
        }
      }
    }
    if (!moved) break;
  }
  const separated: Positions = { ...positions };
  for (const box of boxes) separated[box.id] = { x: box.x, y: box.y };
  return separated;
}
