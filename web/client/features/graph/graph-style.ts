/**
 * Cytoscape styles of the canvas: a colour per node label, names as labels, arrows on links.
 */
import type { StylesheetJson } from "cytoscape";

const LABEL_COLOURS: Record<string, string> = {
  Article: "#6b7280",
  Person: "#2563eb",
  Organization: "#7c3aed",
  Country: "#dc2626",
  Place: "#ea580c",
  Resolution: "#0d9488",
  Commodity: "#ca8a04",
  Amount: "#16a34a",
  Event: "#db2777",
};

export const graphStyle: StylesheetJson = [
  {
    selector: "node",
    style: {
      label: "data(name)",
      "background-color": "#94a3b8",
      "font-size": 11,
      "text-valign": "bottom",
      "text-margin-y": 4,
      "text-wrap": "ellipsis",
      "text-max-width": "120px",
      width: 26,
      height: 26,
    },
  },
  ...Object.entries(LABEL_COLOURS).map(([label, colour]) => ({
    selector: `node.${label}`,
    style: { "background-color": colour },
  })),
  {
    selector: "edge",
    style: {
      width: 1.5,
      "line-color": "#cbd5e1",
      "target-arrow-color": "#cbd5e1",
      "target-arrow-shape": "triangle",
      "curve-style": "bezier",
      label: "data(type)",
      "font-size": 8,
      "text-rotation": "autorotate",
      color: "#64748b",
    },
  },
  { selector: ":selected", style: { "border-width": 3, "border-color": "#0f172a", "line-color": "#0f172a" } },
];
