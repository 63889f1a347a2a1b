/**
 * The graph canvas: one Cytoscape instance for the component's life. Elements are added and removed by id (so
 * positions survive expansion and dragging), filters hide by class, and selection and paths are drawn as states.
 * A tap selects, a double tap expands. The instance is exposed as `window.__graphbrief_cy` for end-to-end tests.
 */
import cytoscape, { type Core, type ElementDefinition } from "cytoscape";
import { useEffect, useRef } from "react";
import type { LayoutName } from "../../../lib/view-state.ts";
import { type GraphFilters, isEdgeShown, isNodeShown } from "../filter-elements.ts";
import { graphStyle } from "../graph-style.ts";
import { layoutOptions } from "../layouts.ts";

declare global {
  interface Window {
    __graphbrief_cy?: Core;
  }
}

export interface GraphCanvasProps {
  elements: ElementDefinition[];
  filters: GraphFilters;
  layout: LayoutName;
  selected: string | null;
  /** Node and link ids of the paths to highlight. */
  highlighted: ReadonlySet<string>;
  /** Nodes whose positions layouts keep. */
  pinned: readonly string[];
  onSelect(id: string | null): void;
  onExpand(id: string): void;
}

export function GraphCanvas(props: GraphCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | null>(null);
  const handlers = useRef(props);
  handlers.current = props;
  const laidOut = useRef<LayoutName | null>(null);

  useEffect(() => {
    const instance = cytoscape({
      container: container.current,
      style: graphStyle,
      maxZoom: 2.5,
      minZoom: 0.05,
    });
    instance.on("tap", "node", (event) => handlers.current.onSelect(event.target.id()));
    instance.on("tap", (event) => {
      if (event.target === instance) handlers.current.onSelect(null);
    });
    instance.on("dbltap", "node", (event) => handlers.current.onExpand(event.target.id()));
    cy.current = instance;
    window.__graphbrief_cy = instance;
    return () => {
      instance.destroy();
      if (window.__graphbrief_cy === instance) window.__graphbrief_cy = undefined;
    };
  }, []);

  const { elements, layout, filters, selected, highlighted, pinned } = props;

  // biome-ignore lint/correctness/useExhaustiveDependencies: pins are applied again to newly added elements
  useEffect(() => {
    cy.current?.nodes().forEach((node) => {
      const pin = pinned.includes(node.id());
      node.toggleClass("pinned", pin);
      if (pin) node.lock();
      else node.unlock();
    });
  }, [elements, pinned]);

  useEffect(() => {
    const instance = cy.current;
    if (!instance) return;
    const added = syncElements(instance, elements);
    if (laidOut.current !== layout || added > 0) {
      runLayout(instance, layout, laidOut.current === layout);
      laidOut.current = layout;
      instance.fit(undefined, 30);
    }
  }, [elements, layout]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: filters are applied again to newly added elements
  useEffect(() => {
    const instance = cy.current;
    if (!instance) return;
    instance.batch(() => {
      instance.nodes().forEach((node) => {
        node.toggleClass("filtered", !isNodeShown(String(node.data("type")), filters));
      });
      instance.edges().forEach((edge) => {
        edge.toggleClass("filtered", !isEdgeShown(edge.data(), filters));
      });
    });
  }, [elements, filters]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: states are applied again to newly added elements
  useEffect(() => {
    const instance = cy.current;
    if (!instance) return;
    instance.batch(() => {
      instance.elements().forEach((element) => {
        element.toggleClass("on-path", highlighted.has(element.id()));
        element.toggleClass("faded", highlighted.size > 0 && !highlighted.has(element.id()));
      });
    });
    instance.elements(":selected").unselect();
    const node = selected ? instance.getElementById(selected) : undefined;
    if (node?.nonempty()) {
      node.select();
      instance.center(node);
    }
  }, [elements, selected, highlighted]);

  return <div ref={container} className="graph-canvas" data-testid="graph-canvas" />;
}

/** Runs a layout; if it fails on this graph's shape, says so in the console and falls back to a grid. */
function runLayout(instance: Core, layout: LayoutName, incremental: boolean) {
  try {
    instance.layout(layoutOptions(layout, incremental)).run();
  } catch (error) {
    console.error(`graphbrief: the ${layout} layout failed on this graph; showing a grid instead.`, error);
    instance.layout(layoutOptions("grid")).run();
  }
}

/** Adds what is new and removes what is gone; returns how many nodes were added. */
function syncElements(instance: Core, elements: ElementDefinition[]): number {
  const wanted = new Set(elements.map((element) => String(element.data.id)));
  let added = 0;
  instance.batch(() => {
    instance.elements().forEach((element) => {
      if (!wanted.has(element.id())) instance.remove(element);
    });
    const fresh = elements.filter((element) => instance.getElementById(String(element.data.id)).empty());
    added = fresh.filter((element) => element.group === "nodes").length;
    instance.add(fresh);
  });
  return added;
}
