// What a relation rule sees of one sentence, and small helpers to query it.

import type { Gazetteer } from "../../gazetteer/types.ts";
import type { EntityType, RelationFinding, ResolvedMention, Sentence } from "../../model.ts";

export interface RuleContext {
  article: string;
  /** Entity id of the article's outlet (from its header), when known. */
  outlet: string | null;
  sentence: Sentence;
  /** This sentence's mentions (no dates), in text order. */
  mentions: ResolvedMention[];
  /** Mentions of all earlier sentences of the article. */
  earlier: ResolvedMention[];
  /** Every entity the article names anywhere (references aside). */
  articleEntities: ReadonlySet<string>;
  /** Countries ranked as the article's protagonist, best first: the actor when a sentence leaves it unsaid. */
  countryRanking: string[];
  /** The subject country of a sentence just before this one ("North Korea … Of these imports, …"). */
  recentSubject: string | null;
  gazetteer: Gazetteer;
}

export type Rule = (ctx: RuleContext) => RelationFinding[];

/**
 * Source of a claim whose actor the sentence leaves unsaid ("X was designated for …"). The relation stage puts
 * in the actor of the article's last claim of the same type, or drops the claim. As a target it marks an actor
 * whose objects go unnamed ("OFAC designated two companies"), kept for later claims and then dropped. It never
 * reaches the output.
 */
export const UNSAID_AGENT = "?unsaid-agent";

export const ACTORS: EntityType[] = ["Country", "Organization", "Person"];
export const PLACES: EntityType[] = ["Country", "Place"];

/** Offset of an article position within the sentence text. */
export function local(ctx: RuleContext, position: number): number {
  return position - ctx.sentence.start;
}

/** Sentence text between two article positions. */
export function textBetween(ctx: RuleContext, from: number, to: number): string {
  return ctx.sentence.text.slice(Math.max(0, local(ctx, from)), Math.max(0, local(ctx, to)));
}

/** Mentions of the given types ending before `position`, nearest first. */
export function mentionsBefore(ctx: RuleContext, position: number, types: EntityType[]): ResolvedMention[] {
  return ctx.mentions.filter((m) => m.end <= position && types.includes(m.type)).reverse();
}

/** Mentions of the given types starting at or after `position`, nearest first. */
export function mentionsAfter(ctx: RuleContext, position: number, types: EntityType[]): ResolvedMention[] {
  return ctx.mentions.filter((m) => m.start >= position && types.includes(m.type));
}

/** Article position of the first match of `re` in the sentence, with its length. */
export function findCue(ctx: RuleContext, re: RegExp): { start: number; end: number; text: string } | null {
  const m = re.exec(ctx.sentence.text);
  if (!m) return null;
  const start = ctx.sentence.start + m.index;
  return { start, end: start + m[0].length, text: m[0] };
}

/** A relation found in this sentence. */
export function finding(
  ctx: RuleContext,
  source: string,
  type: string,
  target: string,
  rule: string,
  confidence: number,
  extra: Partial<Pick<RelationFinding, "routeId" | "legIndex" | "attributes">> = {},
): RelationFinding {
  return {
    source,
    type,
    target,
    evidence: {
      article: ctx.article,
      sentence: ctx.sentence.text,
      start: ctx.sentence.start,
      end: ctx.sentence.end,
      rule,
      confidence,
    },
    ...extra,
  };
}

/** Amount attributes (people counts, money) of the sentence, for relation attributes. */
export function amountOf(ctx: RuleContext, unit: "people" | "money"): Record<string, string | number> {
  const m = ctx.mentions.find(
    (x) => x.type === "Amount" && (unit === "people") === (x.attributes?.unit === "people"),
  );
  return m
    ? {
        amount: m.text,
        ...(m.attributes?.min !== undefined
          ? { min: m.attributes.min, max: m.attributes.max ?? m.attributes.min }
          : {}),
      }
    : {};
}

const PREPOSITION_BEFORE =
  /(\b(in|to|from|of|with|at|by|for|via|through|told|than|into|on|against|between|and)|\()\s*(the\s+)?$/i;

/** True when a mention is the outlet, or the one told or reporting ("told Daily NK", "RFA reported"). */
export function isReporter(ctx: RuleContext, m: ResolvedMention): boolean {
  if (m.entityId === ctx.outlet) return true;
  const before = ctx.sentence.text.slice(0, local(ctx, m.start));
  const after = ctx.sentence.text.slice(local(ctx, m.end));
  return /\b(told|to|by)\s+$/.test(before) || /^\s+(reported|has learned|said|says|stated)\b/.test(after);
}

/**
 * The sentence's subject among `types` before `at`: the leftmost mention not governed by a preposition
 * and not a reporter; null when there is none.
 */
export function subjectBefore(
  ctx: RuleContext,
  at: number,
  types: EntityType[],
  skip: (m: ResolvedMention) => boolean = () => false,
): ResolvedMention | null {
  const from = clauseStart(ctx, at);
  const candidates = ctx.mentions.filter(
    (m) => m.start >= from && m.end <= at && types.includes(m.type) && !skip(m) && !isReporter(ctx, m),
  );
  const free = candidates.filter(
    (m) =>
      !PREPOSITION_BEFORE.test(
        ctx.sentence.text.slice(Math.max(0, local(ctx, m.start) - 24), local(ctx, m.start)),
      ),
  );
  const outermost = free.filter(
    (m) =>
      !free.some((o) => o !== m && o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start),
  );
  return outermost[0] ?? null;
}

/** The country acting when a sentence does not say: the last subject, else the article's protagonist. */
export function protagonist(ctx: RuleContext, exclude?: string): string | null {
  if (ctx.recentSubject && ctx.recentSubject !== exclude) return ctx.recentSubject;
  return ctx.countryRanking.find((id) => id !== exclude) ?? null;
}

const CLAUSE_OPENER = /(?:,\s+(?:while|whereas|but|although|though)\b|;)/g;

/** Article position where the clause holding `at` starts (", while Mongolia imports …" starts a clause). */
export function clauseStart(ctx: RuleContext, at: number): number {
  let start = ctx.sentence.start;
  for (const m of ctx.sentence.text.matchAll(CLAUSE_OPENER)) {
    const position = ctx.sentence.start + (m.index ?? 0) + m[0].length;
    if (position <= at) start = position;
  }
  return start;
}

/** Article position where the clause holding `at` ends. */
export function clauseEnd(ctx: RuleContext, at: number): number {
  for (const m of ctx.sentence.text.matchAll(CLAUSE_OPENER)) {
    const position = ctx.sentence.start + (m.index ?? 0);
    if (position >= at) return position;
  }
  return ctx.sentence.end;
}
