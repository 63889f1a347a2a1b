/**
 * Cytoscape styles of the canvas: colour and shape by entity type, colour by relationship type (from the edge's
 * data, see to-elements.ts), width by the number of independent sources, co-mentions faint and thin, labels on links, and clear selection, path and filter states.
 */
import type { StylesheetJson } from "cytoscape";
import { PICTURE_FONT } from "../../lib/fonts/picture-font.ts";
import { ENTITY_LOOKS } from "./palette.ts";

export const graphStyle: StylesheetJson = [
  {
    selector: "node",
    style: {
      label: "data(name)",
      "background-color": "#94a3b8",
      "font-family": PICTURE_FONT,
      "font-size": 11,
      "text-valign": "bottom",
      "text-margin-y": 4,
      "text-wrap": "ellipsis",
      "text-max-width": "120px",
      width: 28,
      height: 28,
      "border-width": 1,
      "border-color": "#ffffff",
    },
  },
  { selector: "node[size]", style: { width: "data(size)", height: "data(size)" } },
  ...Object.entries(ENTITY_LOOKS).map(([type, look]) => ({
    selector: `node.${type}`,
    style: { "background-color": look.colour, shape: look.shape },
  })),
  {
    selector: "edge",
    style: {
      width: "mapData(sourceCount, 1, 5, 1.5, 7)",
      "line-color": "data(colour)",
      "target-arrow-color": "data(colour)",
      "target-arrow-shape": "triangle",
      "curve-style": "bezier",
      label: "data(label)",
      "font-family": PICTURE_FONT,
      "font-size": 8,
      "text-rotation": "autorotate",
      "text-background-color": "#ffffff",
      "text-background-opacity": 0.8,
      "text-background-padding": "1px",
      color: "#475569",
    },
  },
  // Co-mentions are not claims: thin, faint, dashed, without arrow or label, under the claims.
  {
    selector: "edge.co-mention",
    style: {
      width: 1,
      opacity: 0.45,
      "line-style": "dashed",
      "line-dash-pattern": [4, 3],
      "target-arrow-shape": "none",
      label: "",
      "z-index": 0,
    },
  },
  { selector: ".filtered", style: { display: "none" } },
  { selector: ".unlinked", style: { display: "none" } },
  // Labels that would overlap others wait for a closer zoom or the pointer (see labels/label-room.ts).
  { selector: ".label-quiet", style: { label: "" } },
  {
    selector: "node.hovered",
    style: {
      label: "data(name)",
      "z-index": 30,
      "text-background-color": "#ffffff",
      "text-background-opacity": 0.9,
      "text-background-padding": "2px",
    },
  },
  { selector: ".hidden", style: { display: "none" } },
  {
    selector: "node.pinned",
    style: { "border-width": 3, "border-style": "double", "border-color": "#334155" },
  },
  { selector: ".faded", style: { opacity: 0.25 } },
  {
    selector: ".on-path",
    style: {
      "border-width": 4,
      "border-color": "#facc15",
      "line-color": "#eab308",
      "target-arrow-color": "#eab308",
      "z-index": 10,
    },
  },
  {
    selector: "node:selected",
    style: { "border-width": 4, "border-color": "#0f172a", "overlay-opacity": 0.08, "z-index": 20 },
  },
  { selector: "edge:selected", style: { "line-color": "#0f172a", "target-arrow-color": "#0f172a" } },
];
