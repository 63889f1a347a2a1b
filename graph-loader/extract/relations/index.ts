// Runs every relation rule over every sentence of an article. Pure.

import type { Gazetteer } from "../../gazetteer/types.ts";
import type { RelationFinding, ResolvedMention, Sentence } from "../../model.ts";
import { clauseRule } from "./clauses/index.ts";
import { coMentions } from "./co-mentions.ts";
import { type Rule, type RuleContext, UNSAID_AGENT } from "./context.ts";
import { dispatchRule, workersInPlaceRule } from "./dispatch.ts";
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
  workersInPlaceRule,
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

function governed(m: ResolvedMention, sentences: Sentence[]): boolean {
  const sentence = sentences[m.sentenceIndex];
  const left = sentence ? sentence.text.slice(0, m.start - sentence.start).slice(-24) : "";
  return /\b(in|to|from|of|with|at|by|for|via|through|and|than|into|between)\s+(the\s+)?$/i.test(left);
}

/** The subject country of the nearest of the three sentences before `index` that has one. */
function recentSubject(mentions: ResolvedMention[], sentences: Sentence[], index: number): string | null {
  for (let i = index - 1; i >= Math.max(0, index - 3); i--) {
    const subject = mentions.find(
      (m) => m.sentenceIndex === i && m.type === "Country" && !governed(m, sentences),
    );
    if (subject) return subject.entityId;
  }
  return null;
}

/**
 * Countries ranked as the article's protagonist: a country not governed by a preposition counts most, then
 * demonyms ("North Korean"), then "to Russia"-style mentions. Used when a sentence leaves its actor unsaid.
 */
export function rankCountries(mentions: ResolvedMention[], sentences: Sentence[]): string[] {
  const scores = new Map<string, number>();
  for (const m of mentions.filter((x) => x.type === "Country")) {
    const weight = governed(m, sentences) ? 1 : m.detector === "gazetteer-demonym" ? 2 : 3;
    scores.set(m.entityId, (scores.get(m.entityId) ?? 0) + weight);
  }
  return [...scores.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id]) => id);
}

const pairKey = (f: RelationFinding) =>
  f.source < f.target ? `${f.source}|${f.target}` : `${f.target}|${f.source}`;

/** General clause claims for pairs the topic rules left unlinked: a topic rule's reading is the more specific. */
function unclaimedPairs(general: RelationFinding[], specific: RelationFinding[]): RelationFinding[] {
  const linked = new Set(specific.map(pairKey));
  return general.filter((f) => !linked.has(pairKey(f)));
}

/**
 * Claims with an unsaid actor take the actor of the last claim of their type in the article (a designation
 * notice names its issuer once: "OFAC today designated …; X is being designated for …"), or are dropped.
 * `lastActor` carries that actor per type from sentence to sentence.
 */
function withUnsaidAgents(found: RelationFinding[], lastActor: Map<string, string>): RelationFinding[] {
  const out: RelationFinding[] = [];
  for (const f of found.filter((x) => x.source !== UNSAID_AGENT)) {
    if (f.target !== UNSAID_AGENT) out.push(f);
    lastActor.set(f.type, f.source);
  }
  for (const f of found.filter((x) => x.source === UNSAID_AGENT)) {
    const actor = lastActor.get(f.type);
    if (actor && !out.some((o) => o.source === actor && o.target === f.target))
      out.push({ ...f, source: actor });
  }
  return out;
}

/** All claims of one article, sentence by sentence, self-links removed, then the sentence's co-mentions. */
export function extractRelations(input: RelationInput): RelationFinding[] {
  const usable = input.mentions.filter((m) => m.type !== "Date");
  const ranking = rankCountries(usable, input.sentences);
  const articleEntities = new Set(usable.filter((m) => m.detector !== "coreference").map((m) => m.entityId));
  const out: RelationFinding[] = [];
  const lastActor = new Map<string, string>();
  for (const sentence of input.sentences) {
    const ctx: RuleContext = {
      article: input.article,
      outlet: input.outlet,
      sentence,
      mentions: usable
        .filter((m) => m.sentenceIndex === sentence.index)
        .sort((a, b) => a.start - b.start || b.end - a.end),
      earlier: usable.filter((m) => m.sentenceIndex < sentence.index),
      articleEntities,
      countryRanking: ranking,
      recentSubject: recentSubject(usable, input.sentences, sentence.index),
      gazetteer: input.gazetteer,
    };
    const topical = RULES.flatMap((rule) => rule(ctx));
    const claims = withUnsaidAgents([...topical, ...unclaimedPairs(clauseRule(ctx), topical)], lastActor)
      .filter((f) => f.source !== f.target)
      .map((f): RelationFinding => ({ ...f, kind: "claim" }));
    out.push(...claims, ...coMentions({ article: input.article, sentence, mentions: ctx.mentions, claims }));
  }
  return out;
}
