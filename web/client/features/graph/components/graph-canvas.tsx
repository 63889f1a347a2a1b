/**
 * The graph canvas: one Cytoscape instance for the component's life (canvas/use-cytoscape.ts). Elements are added
 * and removed by id, so positions survive expansion and dragging (canvas/use-placement.ts places new ones), moves
 * and arrangements from the URL put nodes back (canvas/use-recorded-moves.ts), filters and hiding work by class,
 * the selection and paths are drawn as states (interactions/use-canvas-selection.ts), and the zoom and pan follow
 * the URL (interactions/use-viewport-in-url.ts). A tap selects, a double tap expands. The instance is exposed as
 * `window.__graphbrief_cy` for end-to-end tests.
 */
import type { Core, ElementDefinition } from "cytoscape";
import { useCallback, useRef } from "react";
import type { Arrangement } from "../../../lib/arrangement-code.ts";
import type { LayoutName } from "../../../lib/view-state.ts";
import type { Viewport } from "../../../lib/viewport-code.ts";
import { usePins } from "../canvas/pins.ts";
import { newPlacement } from "../canvas/placement.ts";
import { useCytoscape } from "../canvas/use-cytoscape.ts";
import { useFilteredClass, useHiddenClass } from "../canvas/use-element-classes.ts";
import { usePlacement } from "../canvas/use-placement.ts";
import { useRecordedMoves } from "../canvas/use-recorded-moves.ts";
import type { GraphFilters } from "../filter-elements.ts";
import { bindCanvasEvents, type CanvasEventHandlers } from "../interactions/canvas-events.ts";
import { useCanvasSelection } from "../interactions/use-canvas-selection.ts";
import { useUnlinkedHidden } from "../interactions/use-unlinked-hidden.ts";
import { useViewportInUrl } from "../interactions/use-viewport-in-url.ts";
import type { Point } from "../layout/compute-layout.ts";

export interface GraphCanvasProps extends CanvasEventHandlers {
  elements: ElementDefinition[];
  filters: GraphFilters;
  layout: LayoutName;
  selected: string | null;
  /** Node and link ids of the paths to highlight. */
  highlighted: ReadonlySet<string>;
  /** Nodes whose positions layouts keep. */
  pinned: readonly string[];
  /** Where the user dragged nodes: applied after every layout, which arranges the rest around them. */
  positions?: Readonly<Record<string, Point>>;
  /** Nodes hidden for now (still laid out, so they come back where they were). */
  hidden?: readonly string[];
  /** Whether entities with no link drawn are hidden. */
  hideUnlinked?: boolean;
  /** The zoom and pan the page opened with (from the URL), and where the user took them since. */
  viewport?: Viewport | null;
  onViewport?(viewport: Viewport): void;
  /** Where the user last saw every node, by arrangement key (from the URL): nodes are put back there. */
  arrangement?: Readonly<Arrangement>;
}

const NO_POSITIONS: Readonly<Record<string, Point>> = {};
const NO_ARRANGEMENT: Readonly<Arrangement> = {};
const NONE: readonly string[] = [];

export function GraphCanvas(props: GraphCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const handlers = useRef(props);
  handlers.current = props;
  const placement = useRef(newPlacement()).current;
  /** The node last clicked on the canvas. */
  const tapped = useRef<string | null>(null);
  const bind = useCallback((instance: Core) => {
    bindCanvasEvents(
      instance,
      () => handlers.current,
      (id) => {
        tapped.current = id;
      },
    );
  }, []);
  const cy = useCytoscape(container, bind);

  const { elements, layout, filters, selected, highlighted, pinned } = props;
  const hidden = props.hidden ?? NONE;

  // The order of these effects matters: each runs after the ones above it, on the elements they left.
  usePins(cy, placement, elements, pinned);
  useRecordedMoves(cy, placement, props.positions ?? NO_POSITIONS, props.arrangement ?? NO_ARRANGEMENT);
  usePlacement(cy, container, placement, handlers, elements, layout);
  useHiddenClass(cy, elements, hidden);
  useFilteredClass(cy, elements, filters);
  useUnlinkedHidden(cy, props.hideUnlinked ?? false, [elements, filters, hidden]);
  useViewportInUrl(cy, props.viewport, props.onViewport);
  useCanvasSelection(cy, tapped, elements, selected, highlighted);

  return <div ref={container} className="graph-canvas" data-testid="graph-canvas" />;
}
