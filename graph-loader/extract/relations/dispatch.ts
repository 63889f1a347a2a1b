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
