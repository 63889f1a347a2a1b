/**
 * Reads what the canvas shows — the visible nodes and links (or only the selection), with their positions, types,
 * articles and colours — and draws them with cytoscape-svg. Nothing else on the canvas changes: elements left out
 * of a selection export are hidden for the drawing and shown again at once.
 */
import cytoscape, { type Core, type EdgeSingular, type NodeSingular } from "cytoscape";
import svg from "cytoscape-svg";
import type { Callout, GraphPicture } from "./compose-svg.ts";
import type { ExportEdge, ExportNode } from "./frame-model.ts";

cytoscape.use(svg);

export interface CollectedView {
  nodes: ExportNode[];
  edges: ExportEdge[];
  /** The drawing's extent in canvas (model) units: what both drawings below cover. */
  size: { width: number; height: number };
  /** Notes placed at their node or link, in model units from the drawing's corner (notes on elements not drawn are left out). */
  callouts: Callout[];
  /** The drawn elements as cytoscape-svg draws them (vector, text as text). */
  svg(): GraphPicture;
  /** The drawn elements as a canvas bitmap, `scale` pixels per model unit. */
  png(scale: number): Promise<Blob>;
}

export class NothingToExportError extends Error {
  override name = "NothingToExportError";
}

export function collectView(cy: Core, selectionOnly: boolean, notes: Record<string, string>): CollectedView {
  let nodes = cy.nodes(":visible");
  if (selectionOnly) nodes = nodes.filter(":selected");
  const edges = cy
    .edges(":visible")
    .filter((edge) => nodes.contains(edge.source()) && nodes.contains(edge.target()));
  if (nodes.empty()) {
    throw new NothingToExportError(
      selectionOnly ? "Nothing is selected to export." : "The canvas shows nothing to export.",
    );
  }
  const drawn = nodes.union(edges);
  const box = drawn.boundingBox({});
  const callouts = Object.entries(notes).flatMap(([id, text]) => {
    const element = drawn.getElementById(id);
    if (element.empty()) return [];
    const point = element.isNode() ? element.position() : (element as EdgeSingular).midpoint();
    return [{ text, x: point.x - box.x1, y: point.y - box.y1 }];
  });
  /** Draws with everything else hidden and nothing selected (the picture shows the view, not the selection). */
  const whileDrawn = <T>(draw: () => T): T => {
    const left = cy.elements(":visible").difference(drawn);
    const selected = cy.elements(":selected");
    // Labels the canvas leaves out for room or zoom (class label-quiet) are all drawn in a picture.
    const quiet = cy.elements(".label-quiet");
    left.style("display", "none");
    selected.unselect();
    quiet.removeClass("label-quiet");
    try {
      return draw();
    } finally {
      left.removeStyle("display");
      selected.select();
      quiet.addClass("label-quiet");
    }
  };
  return {
    nodes: nodes.map(exportNode),
    edges: edges.map(exportEdge),
    size: { width: Math.max(1, Math.ceil(box.w)), height: Math.max(1, Math.ceil(box.h)) },
    callouts,
    svg: () => whileDrawn(() => drawPicture(cy)),
    // The bitmap is drawn synchronously inside the call; only its encoding is awaited.
    png: (scale) => whileDrawn(() => cy.png({ full: true, scale, output: "blob-promise" })),
  };
}

function drawPicture(cy: Core): GraphPicture {
  const text = withRoundShapesStarted(cy, () => cy.svg({ full: true, scale: 1 }));
  const size = text.match(/<svg\b[^>]*?\bwidth="([\d.]+)"[^>]*?\bheight="([\d.]+)"/);
  const width = Number(size?.[1]);
  const height = Number(size?.[2]);
  if (!(width > 0 && height > 0)) throw new Error("cytoscape-svg returned a drawing without a size.");
  return { svg: text, width, height };
}

function exportNode(node: NodeSingular): ExportNode {
  const { x, y } = node.position();
  return {
    id: node.id(),
    name: String(node.data("name") ?? node.id()),
    type: String(node.data("type") ?? "Entity"),
    x,
    y,
    colour: String(node.style("background-color")),
    shape: String(node.style("shape")),
  };
}

function exportEdge(edge: EdgeSingular): ExportEdge {
  const articles: unknown = edge.data("articles");
  return {
    id: edge.id(),
    source: edge.source().id(),
    target: edge.target().id(),
    type: String(edge.data("type") ?? ""),
    label: String(edge.data("label") ?? ""),
    articles: Array.isArray(articles) ? articles.map(String) : [],
    colour: String(edge.style("line-color")),
    kind: edge.data("kind") === "co-mention" ? "co-mention" : "claim",
  };
}

interface RoundShapeRenderer {
  drawRoundPolygonPath(context: { beginPath?: () => void }, ...rest: unknown[]): void;
}

/**
 * Cytoscape draws rounded polygons (round-triangle, round-diamond…) without starting a new path: a canvas forgives
 * that, canvas2svg does not (the shape lands on the previous label and is lost). Starts one for the drawing's time.
 */
function withRoundShapesStarted<T>(cy: Core, draw: () => T): T {
  const renderer = (cy as unknown as { renderer(): RoundShapeRenderer }).renderer();
  const original = renderer.drawRoundPolygonPath;
  renderer.drawRoundPolygonPath = function (this: RoundShapeRenderer, context, ...rest) {
    context.beginPath?.();
    original.call(this, context, ...rest);
  };
  try {
    return draw();
  } finally {
    renderer.drawRoundPolygonPath = original;
  }
}
