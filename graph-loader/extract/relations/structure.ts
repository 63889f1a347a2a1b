// Part-whole links: places within places ("Dandong, China", "Harbin (Heilongjiang Province)", "Heping District, Shenyang", "X is a subset
// of Y") and units of organisations ("the Ministry's Military Railways Division", "the bureau of the Y").

import type { RelationFinding, ResolvedMention } from "../../model.ts";
import { finding, local, PLACES, type Rule, type RuleContext } from "./context.ts";

/** ", a border town in", ", the port city of": an appositive that places a town in a region. */
const PLACE_APPOSITION =
  /^,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:town|city|village|port|county|district|hub|settlement|capital|area)\s+(?:in|of)\s+$/;

function isRegional(name: string, priority: number): boolean {
  return /\b(Province|Oblast|Krai|Region|State|Prefecture)$/.test(name) || priority === 10;
}

/** A part of a town by its name's form ("Heping District", "Sochang-dong", "Jung-gu"). */
function isTownPart(name: string): boolean {
  return /(?:\s(?:District|Ward|Borough|Quarter|Township|Subdistrict)|-(?:dong|gu|ku|ri))$/.test(name);
}

/** Is `outer` plausibly a container of `inner` by the gazetteer's country codes and kinds? */
function contains(ctx: RuleContext, inner: ResolvedMention, outer: ResolvedMention): boolean {
  if (inner.entityId === outer.entityId || inner.type === "Country") return false;
  const a = ctx.gazetteer.entries.get(inner.entityId);
  const b = ctx.gazetteer.entries.get(outer.entityId);
  const sameCountry = !a?.country || !b?.country || a.country === b.country;
  if (outer.type === "Country") return sameCountry;
  const innerName = a?.name ?? inner.text;
  const outerName = b?.name ?? outer.text;
  // "Zhenxing District, Dandong": a part of a town lies in the town written after it.
  if (isTownPart(innerName) && !isTownPart(outerName)) return sameCountry;
  const innerRegional = isRegional(innerName, a?.priority ?? 0);
  return sameCountry && !innerRegional && isRegional(outerName, b?.priority ?? 0);
}

function locatedIn(ctx: RuleContext): RelationFinding[] {
  const out: RelationFinding[] = [];
  const places = ctx.mentions.filter((m) => PLACES.includes(m.type));
  for (const [i, a] of places.entries()) {
    const b = places[i + 1];
    if (!b) continue;
    const gap = ctx.sentence.text.slice(local(ctx, a.end), local(ctx, b.start));
    const apposition = /^\s*(,|\()\s*$/.test(gap) || PLACE_APPOSITION.test(gap);
    if (apposition && contains(ctx, a, b)) {
      out.push(finding(ctx, a.entityId, "LOCATED_IN", b.entityId, "structure.place-apposition", 0.75));
    } else if (/^\s+(area\s+)?is\s+(a\s+)?(subset|part|district|suburb|section)\s+of\s+$/.test(gap)) {
      out.push(finding(ctx, a.entityId, "LOCATED_IN", b.entityId, "structure.part-of-phrase", 0.7));
    }
  }
  return out;
}

function partOf(ctx: RuleContext): RelationFinding[] {
  const out: RelationFinding[] = [];
  const orgs = ctx.mentions.filter((m) => m.type === "Organization");
  for (const unit of orgs.filter((m) => m.detector === "compound")) {
    const parent = orgs.find((m) => m !== unit && m.end === unit.end && m.start > unit.start);
    if (parent) out.push(finding(ctx, unit.entityId, "PART_OF", parent.entityId, "structure.unit-of", 0.75));
  }
  for (const [i, a] of orgs.entries()) {
    const b = orgs[i + 1];
    if (b && ctx.sentence.text.slice(local(ctx, a.end), local(ctx, b.start)) === "'s ") {
      out.push(finding(ctx, b.entityId, "PART_OF", a.entityId, "structure.possessive-unit", 0.7));
    }
  }
  return out;
}

/**
 * "the Sierra Leone Maritime Administration", "the British Embassy in Jakarta": an organisation whose name opens
 * with a place the article names on its own, or ends with its seat, is located there. A leading place that
 * appears only inside the name makes no link, so no entity is invented.
 */
function placesInNames(ctx: RuleContext): RelationFinding[] {
  const out: RelationFinding[] = [];
  for (const org of ctx.mentions.filter((m) => m.type === "Organization")) {
    for (const key of ["within", "seat"]) {
      const place = ctx.gazetteer.entries.get(String(org.attributes?.[key]));
      if (!place || !ctx.articleEntities.has(place.id) || place.id === org.entityId) continue;
      out.push(finding(ctx, org.entityId, "LOCATED_IN", place.id, "structure.place-in-name", 0.6));
    }
  }
  return out;
}

export const structureRule: Rule = (ctx) => [...locatedIn(ctx), ...partOf(ctx), ...placesInNames(ctx)];
