// Worker dispatch: "North Korea plans to send loggers to Russia", "workers dispatched to Russia",
// "the ministry is sending about 400 women to factories in Hunchun", "workers have arrived in Laos".

import type { RelationFinding } from "../../model.ts";
import {
  amountOf,
  findCue,
  finding,
  local,
  mentionsAfter,
  mentionsBefore,
  PLACES,
  type Rule,
  type RuleContext,
} from "./context.ts";

const TRIGGER =
  /\b(sen[dt]|sending|sends|dispatch(?:es|ed|ing)?|deploy(?:s|ed|ing|ment)?|arrived in|heading to|bound for)\b/i;

function hasWorkers(ctx: RuleContext): boolean {
  return ctx.mentions.some(
    (m) =>
      (m.type === "Group" && m.entityId !== "group:cadres") ||
      (m.type === "Amount" && m.attributes?.unit === "people"),
  );
}

function destination(ctx: RuleContext, from: number): string | null {
  for (const m of mentionsAfter(ctx, from, PLACES)) {
    const gap = ctx.sentence.text.slice(local(ctx, from), local(ctx, m.start));
    if (/\b(to|in|for)\s+(?:the\s+)?(?:[\w-]+\s+){0,5}$/i.test(gap) || /^\s*(in|to)?\s*$/.test(gap))
      return m.entityId;
  }
  return null;
}

function dispatcher(ctx: RuleContext, at: number, target: string): string | null {
  const before = mentionsBefore(ctx, at, ["Country", "Organization"]).find((m) => m.entityId !== target);
  if (before) return before.entityId;
  const demonym = ctx.mentions.find((m) => m.detector === "gazetteer-demonym" && m.entityId !== target);
  return demonym?.entityId ?? (ctx.dominantCountry !== target ? ctx.dominantCountry : null);
}

export const dispatchRule: Rule = (ctx) => {
  const out: RelationFinding[] = [];
  const cue = findCue(ctx, TRIGGER);
  if (!cue || !hasWorkers(ctx) || /\b(return|repatriat\w*) /i.test(cue.text)) return out;
  const target = destination(ctx, cue.start);
  if (!target) return out;
  const source = dispatcher(ctx, cue.start, target);
  if (!source) return out;
  out.push(
    finding(ctx, source, "DISPATCHES_WORKERS_TO", target, "dispatch.verb-to-destination", 0.7, {
      attributes: amountOf(ctx, "people"),
    }),
  );
  return out;
};
