/** What the canvas knows about where its nodes were put, shared by the effects that place and move them. */
import type { Positions } from "../layout/compute-layout.ts";

export interface Placement {
  /** Nodes that have a place (from a layout, the URL or placement around others). */
  placed: Set<string>;
  /** Where the last finished layout put each node. */
  laidOutAt: Positions;
  /** Whether every node so far was put where the URL's arrangement has it (a reload coming in by parts). */
  onlyRecorded: boolean;
}

export function newPlacement(): Placement {
  return { placed: new Set(), laidOutAt: {}, onlyRecorded: true };
}
