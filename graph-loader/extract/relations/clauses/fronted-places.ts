// A place written first and set off by a comma frames the clause after it: "In Senegal, North Korean builders
// have worked …", "In Kuwait, the report names X". The place links to the first name of that clause.

import type { RelationFinding } from "../../../model.ts";
import { finding } from "../context.ts";
import { gapText, type Layout } from "./layout.ts";

const FRONTED = /^\s*(?:in|at|across|throughout|inside)\s+(?:the\s+)?$/i;

export function frontedPlaceClaims(layout: Layout): RelationFinding[] {
  const slots = layout.parties;
  const place = slots[0];
  const { ctx } = layout;
  if (!place || (place.mention.type !== "Place" && place.mention.type !== "Country")) return [];
  if (!FRONTED.test(gapText(layout, ctx.sentence.start, place.mention.start))) return [];
  if (!/^\s*,/.test(ctx.sentence.text.slice(place.mention.end - ctx.sentence.start))) return [];
  const framed = slots.find((s) => s !== place && s.mention.entityId !== place.mention.entityId);
  if (!framed) return [];
  const clause = gapText(layout, place.mention.end, framed.mention.start);
  if (/[;:]/.test(clause) || clause.split(/\s+/).length > 8) return [];
  const claim = finding(
    ctx,
    framed.mention.entityId,
    "RELATED",
    place.mention.entityId,
    "clause.fronted-place",
    0.45,
  );
  return [{ ...claim, label: "in" }];
}
