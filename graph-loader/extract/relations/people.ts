// People and organisations: visits, meetings, signatures, affiliations and who quotes whom.

import type { RelationFinding, ResolvedMention } from "../../model.ts";
import {
  ACTORS,
  findCue,
  finding,
  isReporter,
  local,
  mentionsAfter,
  mentionsBefore,
  PLACES,
  type Rule,
  type RuleContext,
} from "./context.ts";

const VISIT = /\bvisit(?:s|ed|ing)?\b/i;
const MEET = /\b(met|meets|meeting with|summit with|talks with|held talks with)\b/i;
const SIGN = /\b(sign(?:s|ed|ing)?|signing of)\b/i;
const SPEECH = /\b(said|says|stated|added|predicted|told|noted|explained|warned|according to)\b/i;
const ROLE = /^,\s+(?:a|an|the)?\s*([\w\s-]{0,60}?)\s+(?:of|at|with|for)\s+(?:the\s+)?$/;

function visits(ctx: RuleContext): RelationFinding[] {
  const cue = findCue(ctx, VISIT);
  if (!cue) return [];
  const orgs = mentionsBefore(ctx, cue.start, ["Organization"]).filter((m) => !isReporter(ctx, m));
  const visitor = mentionsBefore(ctx, cue.start, ["Person"])[0] ?? orgs[0];
  if (!visitor) return [];
  const between = mentionsAfter(ctx, visitor.end, PLACES).find((m) => m.end <= cue.start);
  const after = mentionsAfter(ctx, cue.end, PLACES)[0];
  const gapAfter = after ? ctx.sentence.text.slice(local(ctx, cue.end), local(ctx, after.start)) : "";
  const place = between ?? (after && /^\s*(to\s+)?(the\s+)?$/.test(gapAfter) ? after : undefined);
  return place ? [finding(ctx, visitor.entityId, "VISITS", place.entityId, "people.visit", 0.7)] : [];
}

function meetings(ctx: RuleContext): RelationFinding[] {
  const cue = findCue(ctx, MEET);
  if (!cue) return [];
  const a = mentionsBefore(ctx, cue.start, ["Person"])[0];
  const b = mentionsAfter(ctx, cue.end, ["Person"])[0];
  return a && b && a.entityId !== b.entityId
    ? [finding(ctx, a.entityId, "MEETS", b.entityId, "people.meets", 0.65)]
    : [];
}

function signatures(ctx: RuleContext): RelationFinding[] {
  const cue = findCue(ctx, SIGN);
  if (!cue) return [];
  const law = mentionsAfter(ctx, cue.end, ["Resolution"])[0];
  if (!law) return [];
  const parties = ctx.mentions.filter(
    (m) => m.type === "Country" && m.start >= law.start && m.end <= law.end,
  );
  const signers = parties.length > 0 ? parties : mentionsBefore(ctx, cue.start, ACTORS).slice(0, 1);
  return [...new Set(signers.map((s) => s.entityId))].map((id) =>
    finding(ctx, id, "SIGNS", law.entityId, "people.signs", 0.7),
  );
}

function affiliations(ctx: RuleContext): RelationFinding[] {
  const out: RelationFinding[] = [];
  for (const person of ctx.mentions.filter((m) => m.type === "Person")) {
    const org = mentionsAfter(ctx, person.end, ["Organization"])[0];
    if (!org) continue;
    const role = ROLE.exec(ctx.sentence.text.slice(local(ctx, person.end), local(ctx, org.start)));
    if (role?.[1] !== undefined) {
      out.push(
        finding(ctx, person.entityId, "AFFILIATED_WITH", org.entityId, "people.appositive-role", 0.75, {
          attributes: { role: role[1].trim() },
        }),
      );
    }
  }
  return out;
}

function quoted(ctx: RuleContext): RelationFinding[] {
  const out: RelationFinding[] = [];
  const report = ctx.mentions.find(
    (m) =>
      m.type === "Organization" &&
      /\b(report(?:ed)?|statements?|remarks)\s+(?:\w+\s+){0,2}(?:from|by|made by)\s+(?:the\s+)?$/i.test(
        ctx.sentence.text.slice(0, local(ctx, m.start)),
      ),
  );
  if (report) {
    const reporter = mentionsBefore(ctx, report.start, ["Organization"]).find((m) =>
      /^\s+reported\b/.test(ctx.sentence.text.slice(local(ctx, m.end))),
    );
    const by = reporter?.entityId ?? ctx.outlet;
    if (by && by !== report.entityId)
      out.push(finding(ctx, by, "QUOTES", report.entityId, "people.reported-by", 0.7));
  }
  const cue = findCue(ctx, SPEECH);
  if (cue && ctx.outlet) {
    const speaker = nearest(
      ctx.mentions.filter((m) => m.type === "Person"),
      cue.start,
    );
    const gap = speaker ? textBetweenMentions(ctx, speaker.start, cue.start) : "";
    // The speaker comes before the verb ("Kim added") or right after it ("said Park Eun-sol").
    const placed =
      speaker && (speaker.start < cue.start ? !gap.includes('"') : gap.length <= cue.text.length + 2);
    if (speaker && placed) {
      out.push(finding(ctx, ctx.outlet, "QUOTES", speaker.entityId, "people.speech-verb", 0.6));
    }
  }
  return out;
}

function textBetweenMentions(ctx: RuleContext, a: number, b: number): string {
  return ctx.sentence.text.slice(local(ctx, Math.min(a, b)), local(ctx, Math.max(a, b)));
}

function nearest(list: ResolvedMention[], at: number): ResolvedMention | undefined {
  return [...list].sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))[0];
}

export const peopleRule: Rule = (ctx) => [
  ...visits(ctx),
  ...meetings(ctx),
  ...signatures(ctx),
  ...affiliations(ctx),
  ...quoted(ctx),
];
