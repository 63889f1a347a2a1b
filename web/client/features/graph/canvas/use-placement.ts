/**
 * Gives every node on the canvas a place. The first layout and a change of layout are computed in a worker and
 * applied when ready (`data-layout-state` says which); nodes with a place in the URL's arrangement are put there;
 * nodes added later (an expansion) are placed around the node that brought them, without moving the others or the
 * view. Once the user has arranged the canvas, every node's position is reported (`onArrange`) for the URL.
 */
import type { Core, ElementDefinition } from "cytoscape";
import { type RefObject, useEffect, useRef } from "react";
import { type Arrangement, arrangementKey } from "../../../lib/arrangement-code.ts";
import type { LayoutName } from "../../../lib/view-state.ts";
import type { Point, Positions } from "../layout/compute-layout.ts";
import { fitPicture } from "../layout/fit-picture.ts";
import { bringIntoView, placementBox } from "../layout/keep-in-view.ts";
import { createLayoutClient, type LayoutClient } from "../layout/layout-client.ts";
import { placeAround } from "../layout/place-around.ts";
import { runCanvasLayout, setLayoutState } from "../layout/run-canvas-layout.ts";
import { broughtBy, newNodes } from "./new-nodes.ts";
import { moveNode, placedPoints, placeRecorded, reportArrangement } from "./node-moves.ts";
import { applyPins, fixedPositions } from "./pins.ts";
import type { Placement } from "./placement.ts";
import { syncElements } from "./sync-elements.ts";

/** What placement reads at the time it runs, not as a reason to run. */
export interface PlacementInputs {
  /** Nodes whose positions layouts keep. */
  pinned: readonly string[];
  /** Where the user dragged nodes: kept by every layout, which arranges the rest around them. */
  positions?: Readonly<Record<string, Point>>;
  /** Where the user last saw every node, by arrangement key (from the URL). */
  arrangement?: Readonly<Arrangement>;
  onArrange?(positions: Positions): void;
}

const NO_POSITIONS: Readonly<Record<string, Point>> = {};
const NO_ARRANGEMENT: Readonly<Arrangement> = {};

export function usePlacement(
  cy: RefObject<Core | null>,
  container: RefObject<HTMLDivElement | null>,
  placement: Placement,
  inputs: RefObject<PlacementInputs>,
  elements: ElementDefinition[],
  layout: LayoutName,
) {
  const layoutClient = useRef<LayoutClient | null>(null);
  const laidOut = useRef<LayoutName | null>(null);
  const layoutRun = useRef(0);

  useEffect(() => {
    layoutClient.current = createLayoutClient();
    setLayoutState(container.current, "idle");
    return () => layoutClient.current?.dispose();
  }, [container]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: placement runs when the elements or the layout change
  useEffect(() => {
    const instance = cy.current;
    const client = layoutClient.current;
    if (!instance || !client) return;
    syncElements(instance, elements);
    for (const id of placement.placed) if (instance.getElementById(id).empty()) placement.placed.delete(id);
    const changedLayout = laidOut.current !== null && laidOut.current !== layout;
    const wasEmpty = placement.placed.size === 0;
    const unplaced = instance.nodes().filter((node) => !placement.placed.has(node.id()));
    if (!changedLayout && unplaced.empty()) return;
    laidOut.current = layout;
    const recordedArrangement = inputs.current.arrangement ?? NO_ARRANGEMENT;
    // Back or Forward to another layout comes with that layout's arrangement; a new choice comes without one.
    const restored =
      changedLayout &&
      instance
        .nodes()
        .filter((node) => !(arrangementKey(node.id()) in recordedArrangement))
        .empty();
    let fromUrl = 0;
    if (restored || !changedLayout) {
      const recorded = placeRecorded(instance, restored ? instance.nodes() : unplaced, recordedArrangement);
      for (const id of recorded) placement.placed.add(id);
      fromUrl = recorded.length;
    }
    const rest = unplaced.filter((node) => !placement.placed.has(node.id()));
    const moves = inputs.current.positions ?? NO_POSITIONS;
    if ((changedLayout && !restored) || (rest.nonempty() && placement.placed.size === 0)) {
      // The first layout, or the one the user asked for: every node, dragged ones where they were dropped.
      const run = ++layoutRun.current;
      setLayoutState(container.current, "running");
      const fixed = fixedPositions(instance, placement.placed, moves);
      const start = { layout, incremental: false, fixed, placed: placement.placed };
      void runCanvasLayout(instance, client, start, () => run === layoutRun.current).then((applied) => {
        if (!applied) return;
        placement.laidOutAt = applied;
        placement.onlyRecorded = false;
        placement.placed = new Set(Object.keys(applied));
        applyPins(instance, inputs.current.pinned, placement.placed);
        if (changedLayout) reportArrangement(instance, inputs.current.onArrange);
        setLayoutState(container.current, "idle");
      });
      return;
    }
    // A newer arrangement supersedes a layout still being computed.
    layoutRun.current += 1;
    const placedBefore = new Set(placement.placed);
    const around = placeAround(
      placedPoints(instance, placement.placed),
      newNodes(rest),
      placementBox(instance),
    );
    instance.batch(() => {
      for (const [id, position] of Object.entries(around)) moveNode(instance, id, position, true);
    });
    for (const id of Object.keys(around)) placement.placed.add(id);
    placement.laidOutAt = { ...placement.laidOutAt, ...around };
    applyPins(instance, inputs.current.pinned, placement.placed);
    if (Object.keys(around).length > 0) placement.onlyRecorded = false;
    // A link's picture coming in by parts is fitted each time; an expansion keeps the view.
    if (wasEmpty || (placement.onlyRecorded && fromUrl > 0)) fitPicture(instance);
    else bringIntoView(instance, rest, broughtBy(rest, placedBefore));
    if (rest.nonempty()) reportArrangement(instance, inputs.current.onArrange);
    setLayoutState(container.current, "idle");
  }, [elements, layout]);
}
