/**
 * Cytoscape's settings for drawing large graphs, turned on when a layout lays out more than 400 nodes and off
 * again for smaller graphs (which keep the canvas's usual look): links hidden and the picture kept as a texture
 * while the view pans or zooms, straight (haystack) links without arrows, and labels only once they would be
 * drawn at least 8 px high (zoom in to read them).
 */
import type { Core, StylesheetJson } from "cytoscape";
import { graphStyle } from "../graph-style.ts";
import { DRAFT_LAYOUT_ABOVE } from "../layouts.ts";

/** Labels drawn smaller than this (in screen pixels) are left out. */
const MIN_LABEL_PX = 8;

const largeGraphStyle: StylesheetJson = [
  ...graphStyle,
  { selector: "node", style: { "min-zoomed-font-size": MIN_LABEL_PX } },
  { selector: "edge", style: { "curve-style": "haystack", "min-zoomed-font-size": MIN_LABEL_PX } },
];

/** Renderer settings Cytoscape reads on every frame (its options at creation set the same fields). */
interface RendererFlags {
  hideEdgesOnViewport: boolean;
  textureOnViewport: boolean;
}

const large = new WeakMap<Core, boolean>();

export function isLargeGraph(nodeCount: number): boolean {
  return nodeCount > DRAFT_LAYOUT_ABOVE;
}

export function applyLargeGraphRendering(instance: Core, nodeCount: number) {
  const wanted = isLargeGraph(nodeCount);
  if ((large.get(instance) ?? false) === wanted) return;
  large.set(instance, wanted);
  const renderer = (instance as unknown as { renderer(): RendererFlags | undefined }).renderer();
  if (renderer) {
    renderer.hideEdgesOnViewport = wanted;
    renderer.textureOnViewport = wanted;
  }
  instance.style(wanted ? largeGraphStyle : graphStyle);
}
