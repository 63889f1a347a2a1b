// Scores extracted entities and relations of one article against its gold annotation. Pure.

import { foldName } from "../gazetteer/fold.ts";
import type { Entity, EntityType, Relation, RelationKind } from "../model.ts";
import type { Gold } from "./gold-schema.ts";

/** Types that count as entities in scoring; amounts, groups, dates, commodities and events are not scored. */
export const SCORED_TYPES: readonly EntityType[] = [
  "Person",
  "Organization",
  "Country",
  "Place",
  "Resolution",
  "Vessel",
];

export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/** A gold pair the extraction did not link, with the gold evidence that states it. */
export interface MissedPair {
  pair: string;
  evidence: string;
  /** True when a co-mention (not a claim) links the two entities. */
  coMentioned: boolean;
}

export interface ArticleScore {
  article: string;
  entities: Prf;
  relations: Prf;
  /** Linked pairs found by claims alone, and by claims plus co-mentions. */
  pairs: { claims: Prf; withCoMentions: Prf };
  missedEntities: string[];
  falseEntities: string[];
  missedRelations: string[];
  falseRelations: string[];
  /** Gold pairs no claim links. */
  missedPairs: MissedPair[];
  /** Pairs claims link that the gold does not state. */
  falsePairs: string[];
}

export type ScoreTotals = Pick<ArticleScore, "entities" | "relations" | "pairs">;

export function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

const namesOf = (e: { name: string; aliases: string[] }) => new Set([e.name, ...e.aliases].map(foldName));
const isScored = (type: EntityType) => SCORED_TYPES.includes(type);
const kindOf = (r: Relation): RelationKind => r.kind ?? "claim";

function overlaps(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/** The extracted entity a gold name stands for (any type), or null. */
function resolveName(name: string, entities: Entity[], gold: Gold): Entity | null {
  const goldEntity = gold.entities.find((g) => namesOf(g).has(foldName(name)));
  const wanted = goldEntity ? namesOf(goldEntity) : new Set([foldName(name)]);
  const typed = goldEntity ? entities.filter((e) => e.type === goldEntity.type) : entities;
  return (
    typed.find((e) => overlaps(namesOf(e), wanted)) ??
    entities.find((e) => overlaps(namesOf(e), wanted)) ??
    null
  );
}

function scoreEntities(gold: Gold, entities: Entity[]) {
  const predicted = entities.filter((e) => isScored(e.type));
  const matched = new Set<string>();
  const missed: string[] = [];
  for (const g of gold.entities.filter((e) => isScored(e.type))) {
    const hit = predicted.find(
      (e) => !matched.has(e.id) && e.type === g.type && overlaps(namesOf(e), namesOf(g)),
    );
    if (hit) matched.add(hit.id);
    else missed.push(`${g.type} ${g.name}`);
  }
  const falses = predicted.filter((e) => !matched.has(e.id)).map((e) => `${e.type} ${e.name}`);
  return { score: prf(matched.size, falses.length, missed.length), missed, falses };
}

function scoreRelations(gold: Gold, entities: Entity[], relations: Relation[]) {
  const byId = new Map(entities.map((e) => [e.id, e.name]));
  const claims = relations.filter((r) => kindOf(r) === "claim");
  const predicted = new Set(claims.map((r) => `${r.source}|${r.type}|${r.target}`));
  const found = new Set<string>();
  const missed: string[] = [];
  for (const g of gold.relations) {
    const s = resolveName(g.source, entities, gold);
    const t = resolveName(g.target, entities, gold);
    const key = s && t ? `${s.id}|${g.type}|${t.id}` : null;
    if (key && predicted.has(key)) found.add(key);
    else if (!key || !found.has(key)) missed.push(`${g.source} -${g.type}-> ${g.target}`);
  }
  const falses = [...predicted]
    .filter((k) => !found.has(k))
    .map((k) => {
      const [s = "", type, t = ""] = k.split("|");
      return `${byId.get(s) ?? s} -${type}-> ${byId.get(t) ?? t}`;
    });
  return { score: prf(found.size, falses.length, missed.length), missed, falses };
}

/**
 * The gold's scored entities, the gold entity each extracted entity stands for (its names shared, the same type
 * preferred), and the gold pairs by key, each with the evidence of its first relation.
 */
export function pairIndex(gold: Gold, entities: Entity[]) {
  const scoredGold = gold.entities.filter((g) => isScored(g.type));
  const goldIndexOfName = (name: string): number => {
    const folded = foldName(name);
    return scoredGold.findIndex((g) => namesOf(g).has(folded));
  };
  const goldIndexOfEntity = new Map<string, number>();
  for (const e of entities) {
    const names = namesOf(e);
    let index = scoredGold.findIndex((g) => g.type === e.type && overlaps(names, namesOf(g)));
    if (index < 0) index = scoredGold.findIndex((g) => overlaps(names, namesOf(g)));
    if (index >= 0) goldIndexOfEntity.set(e.id, index);
  }
  const pairKey = (a: number, b: number) => (a < b ? `${a}|${b}` : `${b}|${a}`);
  const goldPairs = new Map<string, string>();
  for (const r of gold.relations) {
    const a = goldIndexOfName(r.source);
    const b = goldIndexOfName(r.target);
    if (a < 0 || b < 0 || a === b) continue;
    const key = pairKey(a, b);
    if (!goldPairs.has(key)) goldPairs.set(key, r.evidence);
  }
  return { scoredGold, goldIndexOfEntity, goldPairs, pairKey };
}

/**
 * Linked pairs. A gold pair is two scored gold entities that a gold relation joins, in either direction, whatever
 * its type. An extracted entity stands for the gold entity whose names it shares (the same type preferred, any type
 * accepted, so a mistyped entity that is linked still counts for its pair). An extracted relation of the counted
 * kinds gives a predicted pair:
 * - both ends stand for gold entities (two different ones): the pair is true when the gold has it, else false;
 * - an end stands for no gold entity: the pair is false only if both ends are of scored types (a link to a junk or
 *   unannotated person, place, organization… is an error; links to amounts, groups, dates or commodities are not
 *   scored);
 * - both ends stand for the same gold entity: not counted.
 * Pairs are counted once however many relations or directions link them.
 */
function scorePairs(gold: Gold, entities: Entity[], relations: Relation[], kinds: RelationKind[]) {
  const { scoredGold, goldIndexOfEntity, goldPairs, pairKey } = pairIndex(gold, entities);
  const label = (key: string) =>
    key
      .split("|")
      .map((i) => scoredGold[Number(i)]?.name ?? i)
      .join(" — ");

  const byId = new Map(entities.map((e) => [e.id, e]));
  const predicted = new Set<string>();
  const unmatched = new Set<string>();
  for (const r of relations.filter((x) => kinds.includes(kindOf(x)))) {
    const a = goldIndexOfEntity.get(r.source);
    const b = goldIndexOfEntity.get(r.target);
    if (a !== undefined && b !== undefined) {
      if (a !== b) predicted.add(pairKey(a, b));
      continue;
    }
    const s = byId.get(r.source);
    const t = byId.get(r.target);
    if (s && t && isScored(s.type) && isScored(t.type) && s.id !== t.id) {
      unmatched.add([s.name, t.name].sort().join(" — "));
    }
  }
  const found = [...predicted].filter((k) => goldPairs.has(k));
  const falses = [...[...predicted].filter((k) => !goldPairs.has(k)).map(label), ...unmatched];
  const missed = [...goldPairs].filter(([k]) => !predicted.has(k));
  return {
    score: prf(found.length, falses.length, missed.length),
    missed: missed.map(([k, evidence]) => ({ key: k, pair: label(k), evidence })),
    falses,
  };
}

/** Scores one article: `entities` and `relations` are those the extractor found in it. */
export function scoreArticle(gold: Gold, entities: Entity[], relations: Relation[]): ArticleScore {
  const e = scoreEntities(gold, entities);
  const r = scoreRelations(gold, entities, relations);
  const claimPairs = scorePairs(gold, entities, relations, ["claim"]);
  const allPairs = scorePairs(gold, entities, relations, ["claim", "co-mention"]);
  const stillMissed = new Set(allPairs.missed.map((m) => m.key));
  return {
    article: gold.article,
    entities: e.score,
    relations: r.score,
    pairs: { claims: claimPairs.score, withCoMentions: allPairs.score },
    missedEntities: e.missed,
    falseEntities: e.falses,
    missedRelations: r.missed,
    falseRelations: r.falses,
    missedPairs: claimPairs.missed.map(({ key, pair, evidence }) => ({
      pair,
      evidence,
      coMentioned: !stillMissed.has(key),
    })),
    falsePairs: claimPairs.falses,
  };
}

/** Micro-averaged totals over articles. */
export function totals(scores: ArticleScore[]): ScoreTotals {
  const sum = (pick: (s: ArticleScore) => Prf) => {
    const tp = scores.reduce((n, s) => n + pick(s).tp, 0);
    const fp = scores.reduce((n, s) => n + pick(s).fp, 0);
    const fn = scores.reduce((n, s) => n + pick(s).fn, 0);
    return prf(tp, fp, fn);
  };
  return {
    entities: sum((s) => s.entities),
    relations: sum((s) => s.relations),
    pairs: { claims: sum((s) => s.pairs.claims), withCoMentions: sum((s) => s.pairs.withCoMentions) },
  };
}
