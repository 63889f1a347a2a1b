// The clause rule: general, table-driven claims from the shape of a sentence rather than from its topic. Runs
// the descriptions, modifiers, verb groups, placements and posts over one laid-out sentence.

import type { RelationFinding } from "../../../model.ts";
import type { Rule } from "../context.ts";
import { descriptionClaims, descriptions } from "./descriptions.ts";
import { frontedPlaceClaims } from "./fronted-places.ts";
import { layOut } from "./layout.ts";
import { modifierClaims } from "./modifiers.ts";
import { phraseTables } from "./phrases.ts";
import { placementClaims } from "./placements.ts";
import { titleClaims } from "./titles.ts";
import { verbClaims } from "./verb-claims.ts";

const key = (f: RelationFinding) => `${f.source}|${f.type}|${f.target}`;

export const clauseRule: Rule = (ctx) => {
  const layout = layOut(ctx, phraseTables());
  if (!layout) return [];
  const described = descriptions(layout);
  const all: RelationFinding[] = [
    ...descriptionClaims(layout, described),
    ...modifierClaims(layout),
    ...verbClaims(layout, described),
    ...placementClaims(layout),
    ...frontedPlaceClaims(layout),
    ...titleClaims(layout),
  ].filter((f) => f.source !== f.target);
  const seen = new Set<string>();
  return all.filter((f) => !seen.has(key(f)) && seen.add(key(f)));
};
