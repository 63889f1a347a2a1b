/**
 * Lays out the canvas's Cytoscape instance: builds a layout request from its nodes (sizes, current positions of
 * nodes already placed, fixed positions), has it computed by the layout client and applies the answer with a
 * preset layout. Marks the canvas `data-layout-state="running"` meanwhile and `"idle"` once positions are applied.
 * A large graph is drawn at once at its cached final layout, or at a first placement (`"refining"` while the
 * worker refines it), and with Cytoscape's settings for large graphs.
 */
import type { Core, PresetLayoutOptions } from "cytoscape";
import type { LayoutName } from "../../../lib/view-state.ts";
import { isLargeLayout, type LayoutRequest, type Point, type Positions } from "./compute-layout.ts";
import { firstPlacement } from "./first-placement.ts";
import { fitPicture } from "./fit-picture.ts";
import { applyLargeGraphRendering } from "./large-graph-rendering.ts";
import { cachedLayout, keepLayout } from "./layout-cache.ts";
import type { LayoutClient } from "./layout-client.ts";

export interface CanvasLayoutRun {
  layout: LayoutName;
  incremental: boolean;
  /** Nodes that keep these positions (dragged or pinned). */
  fixed: ReadonlyMap<string, Point>;
  /** Nodes already placed by an earlier layout (their current position is the start of an incremental one). */
  placed: ReadonlySet<string>;
}

export type LayoutState = "running" | "refining" | "idle";

export function setLayoutState(container: HTMLElement | null, state: LayoutState) {
  if (container) container.dataset.layoutState = state;
}

/** Runs the layout; resolves with the applied positions, or null when `isCurrent` says a newer run took over. */
export async function runCanvasLayout(
  instance: Core,
  client: LayoutClient,
  run: CanvasLayoutRun,
  isCurrent: () => boolean,
): Promise<Positions | null> {
  const request = layoutRequest(instance, run);
  applyLargeGraphRendering(instance, request.nodes.length);
  const large = isLargeLayout(request);
  const cached = large ? cachedLayout(request) : null;
  if (large && !cached) showFirstPlacement(instance, request);
  let positions: Positions;
  try {
    positions = cached ?? (await client.compute(request));
    if (large && !cached) keepLayout(request, positions);
  } catch (error) {
    console.error(
      `graphbrief: the ${run.layout} layout failed on this graph; showing a grid instead.`,
      error,
    );
    positions = await client.compute({ ...request, layout: "grid", incremental: false });
  }
  if (!isCurrent() || instance.destroyed()) return null;
  const preset: PresetLayoutOptions = { name: "preset", positions, fit: false, animate: false };
  instance.layout(preset).run();
  fitPicture(instance);
  return positions;
}

/** Draws every node at once where the large-graph layout starts from (fixed nodes where they are kept). */
function showFirstPlacement(instance: Core, request: LayoutRequest) {
  const positions = firstPlacement(request.nodes, request.edges);
  for (const node of request.nodes) if (node.fixed && node.position) positions[node.id] = node.position;
  instance.layout({ name: "preset", positions, fit: false, animate: false }).run();
  fitPicture(instance);
  setLayoutState(instance.container(), "refining");
}

function layoutRequest(instance: Core, run: CanvasLayoutRun): LayoutRequest {
  return {
    layout: run.layout,
    incremental: run.incremental,
    nodes: instance.nodes().map((node) => {
      const fixed = run.fixed.get(node.id());
      const current = run.incremental && run.placed.has(node.id()) ? node.position() : undefined;
      const position = fixed ?? current;
      return {
        id: node.id(),
        width: node.outerWidth(),
        height: node.outerHeight(),
        ...(position ? { position: { x: position.x, y: position.y } } : {}),
        ...(fixed ? { fixed: true } : {}),
      };
    }),
    edges: instance.edges().map((edge) => ({
      id: edge.id(),
      source: edge.source().id(),
      target: edge.target().id(),
    })),
  };
}
