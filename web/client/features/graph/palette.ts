/**
 * How entity and relationship types look on the canvas and in the legend: a colour and a shape per entity type
 * (so types differ for colour-blind readers too) and a colour per family of relationship types.
 */
import type { Css } from "cytoscape";

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
};

export const FALLBACK_LOOK: TypeLook = { colour: "#94a3b8", shape: "ellipse" };

/** Relationship types grouped by what they are about; one colour per group. */
const RELATION_GROUPS: Array<{ colour: string; types: string[] }> = [
  { colour: "#ea580c", types: ["ROUTE_LEG"] },
  {
    colour: "#2563eb",
    types: ["DISPATCHES_WORKERS_TO", "RECRUITS", "RECRUITED_FROM", "RECALLS_WORKERS_FROM"],
  },
  { colour: "#dc2626", types: ["BANS", "BANS_IMPORTS_FROM", "VIOLATES", "DEMANDS_REPATRIATION"] },
  {
    colour: "#ca8a04",
    types: ["EXPORTS", "EXPORTS_TO", "EXPORTED_FROM", "IMPORTS", "IMPORTS_FROM", "PAYS", "BRIBES"],
  },
  { colour: "#7c3aed", types: ["VISITS", "MEETS", "SIGNS", "QUOTES", "AFFILIATED_WITH"] },
  { colour: "#0d9488", types: ["LOCATED_IN", "PART_OF"] },
];

export const FALLBACK_RELATION_COLOUR = "#94a3b8";

export function relationColour(type: string): string {
  return RELATION_GROUPS.find((group) => group.types.includes(type))?.colour ?? FALLBACK_RELATION_COLOUR;
}

export const KNOWN_RELATION_TYPES = RELATION_GROUPS.flatMap((group) => group.types);

export function entityLook(type: string): TypeLook {
  return ENTITY_LOOKS[type] ?? FALLBACK_LOOK;
}
