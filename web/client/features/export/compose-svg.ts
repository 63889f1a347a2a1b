/**
 * The briefing picture as one SVG document: the graph drawn by cytoscape-svg, fitted into the middle, framed by a
 * title, a legend of the visible types, the sources behind the visible links, a date stamp, the permalink and note
 * callouts. Every piece of text goes through `escapeXml`; the graph's own text was escaped by its serializer.
 */
import type { ArticleSummary } from "../../../shared/api-types.ts";
import { PICTURE_FONT } from "../../lib/fonts/picture-font.ts";
import { type Legend, type LegendEntry, sourceLine } from "./frame-model.ts";
import { LEGEND_COLUMN_WIDTH, type LegendPlan, maxLegendColumns, planLegend } from "./legend-layout.ts";
import { escapeXml, fitText, textWidth, wrapText } from "./xml-text.ts";

/** The graph as cytoscape-svg drew it, and its size in that drawing's units. */
export interface GraphPicture {
  svg: string;
  width: number;
  height: number;
}

/** A note on a node or link, at its position in the graph picture's units. */
export interface Callout {
  text: string;
  x: number;
  y: number;
}

export interface BriefingFrame {
  width: number;
  height: number;
  background: "white" | "transparent";
  title?: string;
  subtitle?: string;
  legend?: Legend;
  /** The articles behind the visible links; an empty list still prints the heading. */
  sources?: ArticleSummary[];
  stamp?: string;
  permalink?: string;
  callouts: Callout[];
}

export class FrameTooSmallError extends Error {
  override name = "FrameTooSmallError";
}

const PAD = 24;
const MAX_UPSCALE = 1.5;
const MIN_GRAPH_SIZE = 100;
const LEGEND_LABEL_WIDTH = LEGEND_COLUMN_WIDTH - 24;
const INK = "#0f172a";
const MUTED = "#475569";

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Which part of the picture to write: all of it (the SVG export), or, for drawing the PNG in layers around a bitmap
 * of the graph, the frame alone (background, texts, legend, sources) or the note callouts alone.
 */
export type FrameLayer = "whole" | "frame" | "callouts";

export function composeBriefingSvg(
  graph: GraphPicture,
  frame: BriefingFrame,
  layer: FrameLayer = "whole",
): string {
  const { width, height } = frame;
  const { parts, area, placed } = frameLayout(graph, frame);
  const background = frame.background === "white" ? `<rect width="100%" height="100%" fill="#ffffff"/>` : "";
  const graphSvg = `<svg id="frame-graph" x="${num(placed.x)}" y="${num(placed.y)}" width="${num(placed.width)}" height="${num(placed.height)}" viewBox="0 0 ${num(graph.width)} ${num(graph.height)}">${layer === "whole" ? innerSvg(graph.svg) : ""}</svg>`;
  const callouts = frame.callouts.map((callout) => calloutSvg(callout, placed, graph, area));
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${PICTURE_FONT}">`,
    `<title>${escapeXml(frame.title ?? "graphbrief view")}</title>`,
    ...(layer === "callouts" ? callouts : []),
    ...(layer === "frame" ? [background, ...parts] : []),
    ...(layer === "whole" ? [background, graphSvg, ...callouts, ...parts] : []),
    "</svg>",
  ].join("\n");
}

/** Where the graph goes in the frame, in frame pixels, and its scale from the graph picture's units. */
export function graphPlacement(graph: GraphPicture, frame: BriefingFrame): Box & { scale: number } {
  return frameLayout(graph, frame).placed;
}

function frameLayout(graph: GraphPicture, frame: BriefingFrame) {
  const { width, height } = frame;
  const parts: string[] = [];
  const header = headerParts(frame, parts);
  const bottom = footerParts(frame, parts);
  const legend =
    frame.legend && hasEntries(frame.legend)
      ? planLegend(frame.legend, bottom - header, maxLegendColumns(width - 2 * PAD))
      : null;
  const legendWidth = legend ? legend.width : 0;
  const area: Box = {
    x: PAD,
    y: header,
    width: width - 2 * PAD - (legendWidth ? legendWidth + 16 : 0),
    height: bottom - header,
  };
  if (area.width < MIN_GRAPH_SIZE || area.height < MIN_GRAPH_SIZE) {
    throw new FrameTooSmallError(
      `A ${width}×${height} picture leaves ${Math.round(area.width)}×${Math.round(area.height)} px for the graph; make it larger or leave out the legend or sources.`,
    );
  }
  if (legend) parts.push(legendSvg(legend, width - PAD - legendWidth, area.y));
  return { parts, area, placed: placeGraph(graph, area) };
}

/** Title and subtitle; returns where the graph may start. */
function headerParts(frame: BriefingFrame, parts: string[]): number {
  let top = PAD;
  const maxWidth = frame.width - 2 * PAD;
  if (frame.title) {
    parts.push(
      text(PAD, top + 22, fitText(frame.title, 22, maxWidth), 22, INK, 'font-weight="bold" id="frame-title"'),
    );
    top += 32;
  }
  if (frame.subtitle) {
    parts.push(text(PAD, top + 14, fitText(frame.subtitle, 14, maxWidth), 14, MUTED, 'id="frame-subtitle"'));
    top += 24;
  }
  return top + (top > PAD ? 8 : 0);
}

/** Sources, stamp and permalink from the bottom up; returns where the graph must end. */
function footerParts(frame: BriefingFrame, parts: string[]): number {
  let bottom = frame.height - PAD;
  const maxWidth = frame.width - 2 * PAD;
  if (frame.stamp || frame.permalink) {
    if (frame.stamp) parts.push(text(PAD, bottom, frame.stamp, 11, MUTED, 'id="frame-stamp"'));
    if (frame.permalink) {
      const x = frame.stamp ? PAD + textWidth(frame.stamp, 11) + 16 : PAD;
      const link = fitText(frame.permalink, 11, frame.width - PAD - x);
      parts.push(text(x, bottom, link, 11, "#1d4ed8", 'id="frame-permalink"'));
    }
    bottom -= 11 + 10;
  }
  if (frame.sources) {
    const lines = frame.sources.length > 0 ? frame.sources : [];
    const top = bottom - 16 - Math.max(1, lines.length) * 15;
    const rows = lines.map((article, index) =>
      text(
        PAD,
        top + 16 + (index + 1) * 15 - 3,
        fitText(sourceLine(article), 11, maxWidth),
        11,
        INK,
        `data-article-id="${escapeXml(article.id)}"`,
      ),
    );
    if (lines.length === 0) rows.push(text(PAD, top + 28, "No links shown, so no sources.", 11, MUTED));
    parts.push(
      `<g id="frame-sources">`,
      text(PAD, top + 12, "Sources", 12, INK, 'font-weight="bold"'),
      ...rows,
      "</g>",
    );
    bottom = top - 12;
  }
  return bottom;
}

function hasEntries(legend: Legend): boolean {
  return legend.entities.length + legend.relations.length > 0;
}

/** The legend as planned (legend-layout.ts), its top left at (x, y). */
function legendSvg(plan: LegendPlan, x: number, y: number): string {
  const rows = plan.rows.map((row) => {
    const left = x + row.x;
    const bottom = y + row.y;
    if (row.kind === "heading") return text(left, bottom - 8, row.text, 12, INK, 'font-weight="bold"');
    if (row.kind === "more") return text(left, bottom, row.text, 11, MUTED, 'class="legend-more"');
    const label = text(left + 24, bottom, fitText(row.entry.label, 11, LEGEND_LABEL_WIDTH), 11, INK);
    const swatch =
      row.kind === "entity"
        ? shapeSwatch(row.entry, left + 8, bottom - 4)
        : `<line x1="${num(left)}" y1="${num(bottom - 4)}" x2="${num(left + 16)}" y2="${num(bottom - 4)}" stroke="${colour(row.entry.colour)}" stroke-width="3"/>`;
    return `${swatch}${label}`;
  });
  return [`<g id="frame-legend" data-omitted="${plan.omitted}">`, ...rows, "</g>"].join("\n");
}

/** A small drawing of a node shape: polygons for the angular shapes, a circle or a rounded square otherwise. */
function shapeSwatch(entry: LegendEntry, cx: number, cy: number): string {
  const fill = colour(entry.colour);
  const sides: Record<string, number> = {
    hexagon: 6,
    "round-triangle": 3,
    triangle: 3,
    "round-diamond": 4,
    diamond: 4,
    "round-pentagon": 5,
    pentagon: 5,
    star: 10,
  };
  const count = sides[entry.shape];
  if (count) {
    const points = Array.from({ length: count }, (_, i) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * i) / count;
      const radius = entry.shape === "star" && i % 2 === 1 ? 3 : 7;
      return `${num(cx + radius * Math.cos(angle))},${num(cy + radius * Math.sin(angle))}`;
    });
    return `<polygon points="${points.join(" ")}" fill="${fill}"/>`;
  }
  if (entry.shape === "ellipse") return `<circle cx="${num(cx)}" cy="${num(cy)}" r="7" fill="${fill}"/>`;
  return `<rect x="${num(cx - 7)}" y="${num(cy - 6)}" width="14" height="12" rx="3" fill="${fill}"/>`;
}

/** Where the graph picture goes: centred in the area, shrunk to fit, never blown up past MAX_UPSCALE. */
function placeGraph(graph: GraphPicture, area: Box): Box & { scale: number } {
  const scale = Math.min(area.width / graph.width, area.height / graph.height, MAX_UPSCALE);
  const width = graph.width * scale;
  const height = graph.height * scale;
  return {
    x: area.x + (area.width - width) / 2,
    y: area.y + (area.height - height) / 2,
    width,
    height,
    scale,
  };
}

function calloutSvg(
  callout: Callout,
  placed: Box & { scale: number },
  graph: GraphPicture,
  area: Box,
): string {
  const px = placed.x + (callout.x / graph.width) * placed.width;
  const py = placed.y + (callout.y / graph.height) * placed.height;
  const lines = wrapText(callout.text, 30, 4);
  const boxWidth = Math.max(...lines.map((line) => textWidth(line, 11))) + 14;
  const boxHeight = lines.length * 14 + 10;
  const x = clamp(px + 26, area.x, area.x + area.width - boxWidth);
  const y = clamp(py - 30 - boxHeight, area.y, area.y + area.height - boxHeight);
  const anchorY = y + boxHeight < py ? y + boxHeight : y;
  return [
    `<g class="frame-callout">`,
    `<line x1="${num(px)}" y1="${num(py)}" x2="${num(x)}" y2="${num(anchorY)}" stroke="#b45309" stroke-width="1.2"/>`,
    `<circle cx="${num(px)}" cy="${num(py)}" r="3.5" fill="#b45309"/>`,
    `<rect x="${num(x)}" y="${num(y)}" width="${num(boxWidth)}" height="${num(boxHeight)}" rx="4" fill="#fffbeb" stroke="#b45309"/>`,
    ...lines.map((line, index) => text(x + 7, y + 18 + index * 14, line, 11, INK)),
    "</g>",
  ].join("\n");
}

/** The content of cytoscape-svg's document, without its own <svg> element (its size is set by the frame). */
function innerSvg(svg: string): string {
  const open = svg.match(/<svg\b[^>]*>/);
  const end = svg.lastIndexOf("</svg>");
  if (!open || open.index === undefined || end < 0)
    throw new Error("The graph drawing is not an SVG document.");
  return svg.slice(open.index + open[0].length, end);
}

function text(x: number, y: number, content: string, size: number, fill: string, extra = ""): string {
  return `<text x="${num(x)}" y="${num(y)}" font-size="${size}" fill="${fill}"${extra ? ` ${extra}` : ""}>${escapeXml(content)}</text>`;
}

/** Colours come from the canvas's style; anything but a plain colour value is replaced by grey. */
function colour(value: string): string {
  return /^(#[0-9a-f]{3,8}|rgba?\([\d\s.,%]+\))$/i.test(value) ? value : "#94a3b8";
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, max));
}

function num(value: number): string {
  return String(Math.round(value * 100) / 100);
}
