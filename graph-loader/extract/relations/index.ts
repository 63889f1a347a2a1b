// Runs every relation rule over every sentence of an article. Pure.

import type { Gazetteer } from "../../gazetteer/types.ts";
import type { RelationFinding, ResolvedMention, Sentence } from "../../model.ts";
import type { Rule, RuleContext } from "./context.ts";
import { dispatchRule } from "./dispatch.ts";
import { paymentRule } from "./payments.ts";
import { peopleRule } from "./people.ts";
import { recruitmentRule } from "./recruitment.ts";
import { routeRule } from "./routes.ts";
import { sanctionsRule } from "./sanctions.ts";
import { structureRule } from "./structure.ts";
import { tradeRule } from "./trade.ts";

export const RULES: readonly Rule[] = [
  routeRule,
  dispatchRule,
  sanctionsRule,
  tradeRule,
  paymentRule,
  recruitmentRule,
  peopleRule,
  structureRule,
];

export interface RelationInput {
  article: string;
  outlet: string | null;
  sentences: Sentence[];
  mentions: ResolvedMention[];
  gazetteer: Gazetteer;
}

function dominantCountry(mentions: ResolvedMention[]): string | null {
  const counts = new Map<string, number>();
  for (const m of mentions)
    if (m.type === "Country") counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/** All relations of one article, sentence by sentence, self-links removed. */
export function extractRelations(input: RelationInput): RelationFinding[] {
  const usable = input.mentions.filter((m) => m.type !== "Date");
  const dominant = dominantCountry(usable);
  const out: RelationFinding[] = [];
  for (const sentence of input.sentences) {
    const ctx: RuleContext = {
      article: input.article,
      outlet: input.outlet,
      sentence,
      mentions: usable
        .filter((m) => m.sentenceIndex === sentence.index)
        .sort((a, b) => a.start - b.start || b.end - a.end),
      earlier: usable.filter((m) => m.sentenceIndex < sentence.index),
      dominantCountry: dominant,
      gazetteer: input.gazetteer,
    };
    for (const rule of RULES) out.push(...rule(ctx).filter((f) => f.source !== f.target));
  }
  return out;
}
