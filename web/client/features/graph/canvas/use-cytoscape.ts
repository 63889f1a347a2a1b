/**
 * The canvas's one Cytoscape instance, for the component's life: created on the container with the graph's
 * stylesheet, its events bound by `bind`, and exposed as `window.__graphbrief_cy` for end-to-end tests.
 */
import cytoscape, { type Core } from "cytoscape";
import { type RefObject, useEffect, useRef } from "react";
import { graphStyle } from "../graph-style.ts";

declare global {
  interface Window {
    __graphbrief_cy?: Core;
  }
}

export function useCytoscape(
  container: RefObject<HTMLDivElement | null>,
  bind: (instance: Core) => void,
): RefObject<Core | null> {
  const cy = useRef<Core | null>(null);
  const binder = useRef(bind);
  binder.current = bind;
  useEffect(() => {
    const instance = cytoscape({
      container: container.current,
      style: graphStyle,
      maxZoom: 2.5,
      minZoom: 0.05,
      // With panning on, a box is drawn with Shift (or Ctrl/Cmd) held while dragging the background.
      boxSelectionEnabled: true,
    });
    binder.current(instance);
    cy.current = instance;
    window.__graphbrief_cy = instance;
    return () => {
      instance.destroy();
      if (window.__graphbrief_cy === instance) window.__graphbrief_cy = undefined;
    };
  }, [container]);
  return cy;
}
