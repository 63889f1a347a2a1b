// A name placed at a place by a preposition right after it: "the Jin Feng 88 off Ningbo", "a depot of X in
// Nakhodka" → LOCATED_IN.

import type { RelationFinding } from "../../../model.ts";
import { finding } from "../context.ts";
import { gapText, type Layout, PLACE_NOUN_OF } from "./layout.ts";

export function placementClaims(layout: Layout): RelationFinding[] {
  const out: RelationFinding[] = [];
  const slots = layout.parties;
  for (const [i, thing] of slots.entries()) {
    const place = slots[i + 1];
    if (!place || (place.mention.type !== "Place" && place.mention.type !== "Country")) continue;
    // A country is not placed in a town of its own ("Russia in Moscow" says where something happened).
    if (thing.mention.type === "Country" || thing.modifier) continue;
    const gap = gapText(layout, thing.mention.end, place.mention.start).replace(PLACE_NOUN_OF, " ");
    const preposition = /^,?\s+([a-z]+)\s+(?:the\s+)?$/.exec(gap)?.[1];
    if (!preposition || !layout.tables.locativePrepositions.has(preposition)) continue;
    out.push(
      finding(
        layout.ctx,
        thing.mention.entityId,
        "LOCATED_IN",
        place.mention.entityId,
        "clause.placement",
        0.55,
      ),
    );
  }
  return out;
}
