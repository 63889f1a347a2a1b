// Sanctions: what resolutions ban, who violates them, who demands workers' repatriation or recalls them.

import type { RelationFinding, ResolvedMention } from "../../model.ts";
import {
  findCue,
  finding,
  mentionsAfter,
  mentionsBefore,
  protagonist,
  type Rule,
  type RuleContext,
  subjectBefore,
} from "./context.ts";

const BAN = /\b(ban(?:s|ned)?|prohibit(?:s|ed|ing)?|bar(?:s|red)|embargo(?:es|ed)?)\b/i;
const VIOLATE = /\b(violat\w*|in breach of|breach(?:es|ed)?|circumvent\w*|in defiance of)\b/i;
const CONCEDE = /\b(even though|despite|although|in spite of)\b/i;
const NONCOMPLY =
  /\b(did not|didn't|failed to|has not|have not|never) (repatriate|comply|return|withdraw)\b/i;
const DEMAND =
  /\b(call(?:s|ed)? for|demand(?:s|ed|ing)?|requir(?:e|es|ed|ing)|request(?:s|ed|ing)?)\s+(?:the\s+)?(repatriation|return|withdrawal)\b|\brequir\w*\b[^.]{0,40}\bsend\b[^.]{0,40}\bhome\b|\b(?:requir\w*|call\w* on|urg\w*|order\w*)\b[^.]{0,40}\bto (?:repatriate|expel|send\b[^.]{0,30}\bhome)\b/i;
const RECALL =
  /\b(order(?:s|ed)?|recall(?:s|ed|ing)?|notified)\b[^.]*\b(return home|to return|back home|be withdrawn)\b/i;

const resolutions = (ctx: RuleContext) => ctx.mentions.filter((m) => m.type === "Resolution");
const isActor = (m: ResolvedMention) => m.type === "Country";

/** The country acting in the sentence: nearest to the cue outside resolution names, else the article's. */
function actor(ctx: RuleContext, at: number): string | null {
  const inside = (m: ResolvedMention) => resolutions(ctx).some((r) => r.start <= m.start && m.end <= r.end);
  const subject = subjectBefore(ctx, ctx.sentence.end, ["Country"], inside);
  if (subject) return subject.entityId;
  const candidates = ctx.mentions.filter((m) => isActor(m) && !inside(m));
  const nearest = candidates.sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))[0];
  return nearest?.entityId ?? protagonist(ctx);
}

function bans(ctx: RuleContext): RelationFinding[] {
  const cue = findCue(ctx, BAN);
  if (!cue) return [];
  const resolution = mentionsBefore(ctx, cue.start, ["Resolution"])[0];
  if (!resolution) return [];
  const goods = mentionsAfter(ctx, cue.end, ["Commodity"]);
  return goods.map((g) =>
    finding(ctx, resolution.entityId, "BANS", g.entityId, "sanctions.resolution-bans", 0.8),
  );
}

function importBans(ctx: RuleContext): RelationFinding[] {
  const cue = findCue(ctx, /\b(suspend\w*|ban\w*|halt\w*|stopp?\w*|block\w*) imports of\b/i);
  if (!cue) return [];
  const importer = mentionsBefore(ctx, cue.start, ["Country"])[0];
  const origin = mentionsAfter(ctx, cue.end, ["Country"])[0];
  if (!importer || !origin || importer.entityId === origin.entityId) return [];
  return [
    finding(ctx, importer.entityId, "BANS_IMPORTS_FROM", origin.entityId, "sanctions.import-ban", 0.75),
  ];
}

function violations(ctx: RuleContext): RelationFinding[] {
  const out: RelationFinding[] = [];
  for (const [re, rule, confidence] of [
    [VIOLATE, "sanctions.violates", 0.7],
    [CONCEDE, "sanctions.despite-resolution", 0.6],
  ] as const) {
    const cue = findCue(ctx, re);
    if (!cue) continue;
    for (const r of resolutions(ctx)) {
      const who = actor(ctx, cue.start);
      if (who) out.push(finding(ctx, who, "VIOLATES", r.entityId, rule, confidence));
    }
  }
  const cue = findCue(ctx, NONCOMPLY);
  const recent = ctx.earlier.filter(
    (m) => m.type === "Resolution" && m.sentenceIndex >= ctx.sentence.index - 2,
  );
  const who = cue ? actor(ctx, cue.start) : null;
  if (cue && who)
    for (const r of recent)
      out.push(finding(ctx, who, "VIOLATES", r.entityId, "sanctions.noncompliance", 0.55));
  return out;
}

function demands(ctx: RuleContext): RelationFinding[] {
  const cue = findCue(ctx, DEMAND);
  if (!cue) return [];
  const target = mentionsAfter(ctx, cue.start, ["Country"]).find((m) => m.detector === "gazetteer-demonym");
  const source =
    mentionsBefore(ctx, cue.start, ["Resolution"])[0] ??
    mentionsBefore(ctx, cue.start, ["Country", "Organization"])[0];
  if (!target || !source || source.entityId === target.entityId) return [];
  return [
    finding(ctx, source.entityId, "DEMANDS_REPATRIATION", target.entityId, "sanctions.demands-return", 0.7),
  ];
}

function recalls(ctx: RuleContext): RelationFinding[] {
  const cue = findCue(ctx, RECALL);
  if (!cue) return [];
  const source = mentionsBefore(ctx, cue.start, ["Country"])[0];
  const target = ctx.mentions.find(
    (m) => m.type === "Country" && m.entityId !== source?.entityId && m.start > cue.start - 400,
  );
  if (!source || !target) return [];
  return [finding(ctx, source.entityId, "RECALLS_WORKERS_FROM", target.entityId, "sanctions.recall", 0.6)];
}

export const sanctionsRule: Rule = (ctx) => [
  ...bans(ctx),
  ...importBans(ctx),
  ...violations(ctx),
  ...demands(ctx),
  ...recalls(ctx),
];
