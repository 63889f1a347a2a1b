/**
 * How entity and relationship types look on the canvas and in the legend: a colour and a shape per entity type
 * (so types differ for colour-blind readers too) and a distinct categorical colour per relationship type in use.
 */
import type { Css } from "cytoscape";
import { schemeDark2, schemePaired, schemeSet3, schemeTableau10 } from "d3-scale-chromatic";

type Shape = Css.NodeShape;

export interface TypeLook {
  colour: string;
  shape: Shape;
}

export const ENTITY_LOOKS: Record<string, TypeLook> = {
  Person: { colour: "#2563eb", shape: "ellipse" },
  Organization: { colour: "#7c3aed", shape: "round-rectangle" },
  Country: { colour: "#dc2626", shape: "hexagon" },
  Place: { colour: "#ea580c", shape: "round-triangle" },
  Resolution: { colour: "#0d9488", shape: "round-tag" },
  Commodity: { colour: "#ca8a04", shape: "round-diamond" },
  Amount: { colour: "#16a34a", shape: "round-pentagon" },
  Event: { colour: "#db2777", shape: "star" },
  Group: { colour: "#0891b2", shape: "barrel" },
  Date: { colour: "#64748b", shape: "rectangle" },
  Vessel: { colour: "#4d7c0f", shape: "octagon" },
};

export const FALLBACK_LOOK: TypeLook = { colour: "#94a3b8", shape: "ellipse" };

/**
 * Categorical colours for relationship types, most distinct first: Tableau 10, then Dark2, Paired and Set3 for
 * views with more types (42 colours, no two alike).
 */
const RELATION_PALETTE: readonly string[] = [
  ...schemeTableau10,
  ...schemeDark2,
  ...schemePaired,
  ...schemeSet3,
];

export const FALLBACK_RELATION_COLOUR = "#94a3b8";

/** Co-mentions are not claims: one quiet grey, never a colour of the palette. */
export const CO_MENTION_COLOUR = "#9ca3af";

/**
 * A distinct colour for each relationship type in use, given in sorted order so that the same types always get
 * the same colours (the legend and the canvas call this with the same list). Types beyond the palette share
 * the fallback grey.
 */
export function relationColours(types: readonly string[]): Map<string, string> {
  const sorted = [...new Set(types)].sort();
  return new Map(sorted.map((type, index) => [type, RELATION_PALETTE[index] ?? FALLBACK_RELATION_COLOUR]));
}

export function entityLook(type: string): TypeLook {
  return ENTITY_LOOKS[type] ?? FALLBACK_LOOK;
}
