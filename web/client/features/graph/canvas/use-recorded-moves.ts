/**
 * Moves and arrangements from the URL (a reload, Back or Forward): the nodes are put there, or back where the
 * layout had them when a move is undone.
 */
import type { Core } from "cytoscape";
import { type RefObject, useEffect, useRef } from "react";
import { type Arrangement, arrangementKey } from "../../../lib/arrangement-code.ts";
import type { Point } from "../layout/compute-layout.ts";
import { moveNode } from "./node-moves.ts";
import type { Placement } from "./placement.ts";

const NO_POSITIONS: Readonly<Record<string, Point>> = {};

export function useRecordedMoves(
  cy: RefObject<Core | null>,
  placement: Placement,
  positions: Readonly<Record<string, Point>>,
  arrangement: Readonly<Arrangement>,
) {
  const appliedMoves = useRef<Readonly<Record<string, Point>>>(NO_POSITIONS);
  useEffect(() => {
    const instance = cy.current;
    if (!instance) return;
    const previous = appliedMoves.current;
    appliedMoves.current = positions;
    instance.batch(() => {
      for (const id of Object.keys(previous)) {
        const home = arrangement[arrangementKey(id)] ?? placement.laidOutAt[id];
        if (!(id in positions) && home) moveNode(instance, id, home);
      }
      instance.nodes().forEach((node) => {
        if (!placement.placed.has(node.id())) return;
        const target = positions[node.id()] ?? arrangement[arrangementKey(node.id())];
        if (target) moveNode(instance, node.id(), target);
      });
    });
  }, [cy, placement, positions, arrangement]);
}
