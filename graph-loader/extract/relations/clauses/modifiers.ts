// Names that modify another name: possessives ("North Korea's Unit 180", "the Treasury's Office of Foreign
// Assets Control") and demonyms or names before a noun and a name ("Chinese national Chen Yaoming", "the
// North Korean-flagged tanker Yu Jong 2").

import type { RelationFinding } from "../../../model.ts";
import { TITLE_WORDS } from "../../name-cues.ts";
import { finding } from "../context.ts";
import { gapText, type Layout } from "./layout.ts";
import { describedType, possessedType } from "./phrases.ts";

/**
 * A possessor and the name after it: "'s", then at most four words and an optional comma ("Japan's Chief
 * Cabinet Secretary Hirokazu Matsuno", "the ship's registered owner, Ocean Grace Ltd").
 */
const POSSESSIVE_GAP = /^['\u2019]s?(?:\s+[\p{L}][\p{L}-]*){0,4},?\s+$/u;
const PRONOUN_GAP = /^(?:\s+[\p{L}][\p{L}-]*){1,4},?\s+$/u;
/** A modifier name and the name it describes: a hyphenated word or up to two plain nouns between. */
const MODIFIER_GAP = /^(?:-[\p{Ll}]+(?:\s+[\p{Ll}][\p{L}-]*){0,2}|(?:\s+[\p{Ll}][\p{L}-]*){1,2})\s+$/u;

/** Only title words between: "Attorney", "Deputy Foreign Minister". */
function isTitle(gap: string): boolean {
  const words = gap.trim().split(/\s+/);
  return words.length > 0 && words.length <= 4 && words.every((w) => TITLE_WORDS.has(w.replace(/\.$/, "")));
}

export function modifierClaims(layout: Layout): RelationFinding[] {
  const out: RelationFinding[] = [];
  const slots = layout.parties;
  for (const [i, owner] of slots.entries()) {
    const owned = slots[i + 1];
    if (!owned || owned.mention.entityId === owner.mention.entityId) continue;
    const gap = gapText(layout, owner.mention.end, owned.mention.start);
    // "its general manager, Lin Guohua": a possessive pronoun that refers back owns what follows it.
    const pronoun = owner.mention.attributes?.possessive === 1 && PRONOUN_GAP.test(gap);
    const possessive = POSSESSIVE_GAP.test(gap) || pronoun;
    const demonym = owner.mention.detector === "gazetteer-demonym" || owner.modifier;
    // "U.S. Attorney Daniel Reyes", "Khabarovsk Krai Governor Ilya Sokol": a country, body or place and a
    // title before a person.
    const titled =
      owned.mention.type === "Person" &&
      (owner.mention.type === "Country" ||
        owner.mention.type === "Organization" ||
        owner.mention.type === "Place") &&
      isTitle(gap);
    if (!possessive && !titled && !(demonym && MODIFIER_GAP.test(gap))) continue;
    if (/\b(and|or|of|to|from|in|by|with|for)\b/.test(gap)) continue;
    // A verb between them ends the phrase, unless a bare participle qualifies the noun ("'s registered owner").
    // The participle of a hyphenated modifier ("Vladivostok-based") is part of the modifier.
    const hyphenated = gap.startsWith("-");
    const verbBetween = layout.groups.some(
      (g) =>
        g.start >= owner.mention.end &&
        g.end <= owned.mention.start &&
        !((possessive || hyphenated) && !g.finite && !g.passive),
    );
    if (verbBetween) continue;
    const a = owned.mention;
    const type = possessive
      ? possessedType(layout.tables, a.type, owner.mention.type)
      : describedType(layout.tables, a.type, owner.mention.type);
    const rule = possessive ? "clause.possessive" : "clause.modifier";
    const claim = finding(layout.ctx, a.entityId, type ?? "RELATED", owner.mention.entityId, rule, 0.6);
    out.push(type ? claim : { ...claim, label: possessive ? "of" : gap.trim() });
  }
  return out;
}
