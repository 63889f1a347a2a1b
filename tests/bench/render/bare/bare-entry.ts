/**
 * The bare page's script: plain Cytoscape with the explorer's style and the same layout extensions and options,
 * on the main thread, with no React and no app code around it. `window.__bare_render(elements, layout)` draws
 * the elements and resolves once the first frame after the layout is on screen; `window.__bare_render_from(url,
 * layout)` first fetches a graph from the API (as the explorer does) and turns it into the same elements. With
 * `positions` and the "preset" layout, nodes are drawn where they say; `webgl` turns on Cytoscape's WebGL renderer.
 */
import cytoscape, { type Core, type ElementDefinition } from "cytoscape";
import dagre from "cytoscape-dagre";
import fcose from "cytoscape-fcose";
import layoutUtilities from "cytoscape-layout-utilities";
import { graphStyle } from "../../../../web/client/features/graph/graph-style.ts";
import { COMPONENT_PACKING, layoutOptions } from "../../../../web/client/features/graph/layouts.ts";
import { toElements } from "../../../../web/client/features/graph/to-elements.ts";
import type { LayoutName } from "../../../../web/client/lib/view-state.ts";
import type { GraphResponse } from "../../../../web/shared/api-types.ts";

cytoscape.use(fcose);
cytoscape.use(dagre);
cytoscape.use(layoutUtilities);

declare global {
  interface Window {
    __bare_cy?: Core;
    __bare_render?: (
      elements: ElementDefinition[],
      layout: LayoutName | "preset",
      options?: BareDrawOptions,
    ) => Promise<number>;
    __bare_render_from?: (
      url: string,
      layout: LayoutName | "preset",
      options?: BareDrawOptions,
    ) => Promise<number>;
  }
}

export interface BareDrawOptions {
  positions?: Record<string, { x: number; y: number }>;
  webgl?: boolean;
}

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

window.__bare_render_from = async (url, layout, options = {}) => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`bare page: ${url} answered ${response.status}`);
  return render(toElements((await response.json()) as GraphResponse), layout, options);
};

window.__bare_render = (elements, layout, options = {}) => render(elements, layout, options);

async function render(
  elements: ElementDefinition[],
  layout: LayoutName | "preset",
  options: BareDrawOptions,
): Promise<number> {
  const { positions } = options;
  const placed = positions
    ? elements.map((element) => {
        const position = positions[String(element.data.id)];
        return position ? { ...element, position: { ...position } } : element;
      })
    : elements;
  const cy = cytoscape({
    container: document.getElementById("cy"),
    style: graphStyle,
    elements: placed,
    maxZoom: 2.5,
    minZoom: 0.05,
    ...(options.webgl ? { webgl: true } : {}),
  } as cytoscape.CytoscapeOptions);
  window.__bare_cy = cy;
  if (layout !== "preset") {
    (cy as unknown as { layoutUtilities(options: object): unknown }).layoutUtilities(COMPONENT_PACKING);
    cy.layout(layoutOptions(layout, { nodeCount: cy.nodes().length })).run();
  }
  cy.fit(undefined, 30);
  await nextFrame();
  await nextFrame();
  return performance.now();
}
