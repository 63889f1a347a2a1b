// Worker dispatch: "North Korea plans to send loggers to Russia", "workers dispatched to Russia",
// "the ministry is sending about 400 women to factories in Hunchun", "workers have arrived in Laos".

import type { RelationFinding, ResolvedMention } from "../../model.ts";
import {
  amountOf,
  findCue,
  finding,
  local,
  mentionsAfter,
  PLACES,
  type Rule,
  type RuleContext,
  subjectBefore,
} from "./context.ts";

const TRIGGER =
  /\b(sen[dt]|sending|sends|dispatch(?:es|ed|ing)?|deploy(?:s|ed|ing|ment)?|arrived in|heading to|bound for|work(?:s|ed|ing)?(?:\s+as)?|stationed in|employed in|remain(?:s|ed)? in)\b/i;
const CREW = /\b(group|groups|team|teams|crew|crews|contingent|brigade)\b/i;
/** A destination further than this from the verb belongs to another clause. */
const MAX_GAP = 48;

function hasWorkers(ctx: RuleContext): boolean {
  const people = ctx.mentions.some(
    (m) =>
      (m.type === "Group" && m.entityId !== "group:cadres") ||
      (m.type === "Amount" && m.attributes?.unit === "people"),
  );
  return people || CREW.test(ctx.sentence.text);
}

/** Is this demonym describing the workers ("North Korean worker deployments") rather than a destination? */
function describesWorkers(ctx: RuleContext, m: ResolvedMention): boolean {
  const group = ctx.mentions.some((g) => g.type === "Group" && g.start > m.end && g.start - m.end < 3);
  return m.detector === "gazetteer-demonym" && group;
}

/** The destination after the trigger, with places coordinated to it ("in China and Russia"). */
function destinations(ctx: RuleContext, from: number): ResolvedMention[] {
  const places = mentionsAfter(ctx, from, PLACES).filter((m) => !describesWorkers(ctx, m));
  const first = places.find((m) => {
    const gap = ctx.sentence.text.slice(local(ctx, from), local(ctx, m.start));
    const governed = /\b(to|in|for)\s+(?:the\s+)?(?:[\w-]+\s+){0,5}$/i.test(gap) || /^\s*$/.test(gap);
    return gap.length <= MAX_GAP && governed;
  });
  if (!first) return [];
  const out = [first];
  for (const next of places.filter((m) => m.start > first.start)) {
    const last = out.at(-1);
    const gap = last ? ctx.sentence.text.slice(local(ctx, last.end), local(ctx, next.start)) : "";
    if (!/^\s*,?\s*and\s*$/.test(gap)) break;
    out.push(next);
  }
  return out;
}

function dispatcher(ctx: RuleContext, at: number, target: string): string | null {
  const subject = subjectBefore(ctx, at, ["Country", "Organization"], (m) => m.entityId === target);
  if (subject) return subject.entityId;
  const demonym = ctx.mentions.find((m) => m.detector === "gazetteer-demonym" && m.entityId !== target);
  // Workers' origin is an article-wide fact, so the last sentence's subject is not used here.
  return demonym?.entityId ?? ctx.countryRanking.find((id) => id !== target) ?? null;
}

export const dispatchRule: Rule = (ctx) => {
  const out: RelationFinding[] = [];
  const cue = findCue(ctx, TRIGGER);
  if (!cue || !hasWorkers(ctx)) return out;
  for (const target of destinations(ctx, cue.start)) {
    const source = dispatcher(ctx, cue.start, target.entityId);
    if (!source || source === target.entityId) continue;
    const attributes = amountOf(ctx, "people");
    out.push(
      finding(ctx, source, "DISPATCHES_WORKERS_TO", target.entityId, "dispatch.verb-to-destination", 0.7, {
        attributes,
      }),
    );
  }
  return out;
};

/** Up to two words qualifying the workers ("North Korean construction workers"). */
const WORKER_QUALIFIERS = /^\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}$/u;
/** Between the workers and where they are: a place governed by "in", "at", "across", … within the noun phrase. */
const WORKPLACE_GAP =
  /^(?:\s+(?:still\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){0,7})?(?:in|at|across|throughout|around|inside)\s+(?:the\s+)?$/u;
/** A clause break or a departure between the workers and the place: not where they work. */
const NOT_WORKPLACE = /[;:()]|\b(?:from|left|leave|leaving|fled|returned|who|which|where|said|says)\b/i;
const LIST_JOIN = /^\s*(?:,|,?\s*and|,?\s*or)\s*$/;

/** The demonym's workers of "North Korean welders at two shipyards in Gdansk", or null. */
function workersOf(ctx: RuleContext, demonym: ResolvedMention): ResolvedMention | null {
  if (demonym.detector !== "gazetteer-demonym") return null;
  const group = ctx.mentions.find((g) => g.type === "Group" && g.start >= demonym.end);
  if (!group || group.entityId === "group:cadres") return null;
  const gap = ctx.sentence.text.slice(local(ctx, demonym.end), local(ctx, group.start));
  return WORKER_QUALIFIERS.test(gap) || gap === " " ? group : null;
}

/**
 * Workers named with their nationality and where they are, without a verb of sending: "North Korean workers in
 * Poland, Malta and Angola", "North Korean welders at two shipyards in Gdansk". The nationality sends them there.
 */
export const workersInPlaceRule: Rule = (ctx) => {
  const out: RelationFinding[] = [];
  for (const demonym of ctx.mentions) {
    const group = workersOf(ctx, demonym);
    if (!group) continue;
    const places = mentionsAfter(ctx, group.end, PLACES).filter((m) => m.entityId !== demonym.entityId);
    const first = places[0];
    if (!first) continue;
    const gap = ctx.sentence.text.slice(local(ctx, group.end), local(ctx, first.start));
    if (gap.length > MAX_GAP + 12 || NOT_WORKPLACE.test(gap) || !WORKPLACE_GAP.test(gap)) continue;
    const targets = [first];
    for (const next of places.slice(1)) {
      const last = targets.at(-1);
      if (!last || !LIST_JOIN.test(ctx.sentence.text.slice(local(ctx, last.end), local(ctx, next.start))))
        break;
      targets.push(next);
    }
    for (const target of targets) {
      out.push(
        finding(
          ctx,
          demonym.entityId,
          "DISPATCHES_WORKERS_TO",
          target.entityId,
          "dispatch.workers-in-place",
          0.6,
          {
            attributes: amountOf(ctx, "people"),
          },
        ),
      );
    }
  }
  return out;
};
