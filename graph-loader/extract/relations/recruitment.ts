// Recruitment: who recruits workers, and the regions recruits come from.

import type { RelationFinding } from "../../model.ts";
import {
  findCue,
  finding,
  local,
  mentionsAfter,
  type Rule,
  type RuleContext,
  subjectBefore,
} from "./context.ts";

const RECRUIT = /\b(recruit(?:s|ed|ing|ment|ments)?|taking volunteers|hiring)\b/i;
const REGIONAL = /\b(by region|followed by|produced the most|volunteers in|recruit\w* in)\b/i;
const NEGATED = /\b(no|not|never)\s+(?:\w+\s+)?recruit/i;

function recruiter(ctx: RuleContext, at: number, end: number): string | null {
  const passive = /^\s*by\s+(?:the\s+)?$/;
  const after = mentionsAfter(ctx, end, ["Organization", "Country"]).find((m) =>
    passive.test(ctx.sentence.text.slice(local(ctx, end), local(ctx, m.start))),
  );
  if (after) return after.entityId;
  return subjectBefore(ctx, at, ["Organization", "Country"])?.entityId ?? null;
}

export const recruitmentRule: Rule = (ctx) => {
  const out: RelationFinding[] = [];
  const text = ctx.sentence.text;
  const cue = findCue(ctx, RECRUIT);
  if (cue && !NEGATED.test(text)) {
    const who = recruiter(ctx, cue.start, cue.end);
    if (who) out.push(finding(ctx, who, "RECRUITS", "group:workers", "recruit.verb", 0.6));
  }
  const regional = REGIONAL.test(text) && /\b(volunteers|recruit\w*)\b/i.test(text) && !NEGATED.test(text);
  const groupFrom = ctx.mentions.find(
    (m) => m.entityId === "group:workers" && /^\s+from\s/.test(text.slice(local(ctx, m.end))),
  );
  if (regional) {
    for (const p of ctx.mentions.filter((m) => m.type === "Place"))
      out.push(finding(ctx, "group:workers", "RECRUITED_FROM", p.entityId, "recruit.by-region", 0.55));
  } else if (groupFrom) {
    for (const p of mentionsAfter(ctx, groupFrom.end, ["Place"])) {
      const gap = text.slice(local(ctx, groupFrom.end), local(ctx, p.start));
      if (!/^\s+from\s+(?:(?:the\s+)?[\w\s,-]*?(?:and|,)\s+)?(?:the\s+)?$/.test(gap) || /\bto\b/.test(gap))
        break;
      out.push(finding(ctx, "group:workers", "RECRUITED_FROM", p.entityId, "recruit.workers-from", 0.55));
    }
  }
  return out;
};
