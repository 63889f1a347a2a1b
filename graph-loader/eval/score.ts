// Scores extracted entities and relations of one article against its gold annotation. Pure.

import { foldName } from "../gazetteer/fold.ts";
import type { Entity, EntityType, Relation } from "../model.ts";
import type { Gold } from "./gold-schema.ts";

/** Types that count as entities in scoring; amounts, groups and dates are not annotated. */
export const SCORED_TYPES: EntityType[] = [
  "Person",
  "Organization",
  "Country",
  "Place",
  "Resolution",
  "Commodity",
  "Event",
];

export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface ArticleScore {
  article: string;
  entities: Prf;
  relations: Prf;
  missedEntities: string[];
  falseEntities: string[];
  missedRelations: string[];
  falseRelations: string[];
}

export function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

const namesOf = (e: { name: string; aliases: string[] }) => new Set([e.name, ...e.aliases].map(foldName));

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
  const predicted = entities.filter((e) => SCORED_TYPES.includes(e.type));
  const matched = new Set<string>();
  const missed: string[] = [];
  for (const g of gold.entities) {
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
  const predicted = new Set(relations.map((r) => `${r.source}|${r.type}|${r.target}`));
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

/** Scores one article: `entities` and `relations` are those the extractor found in it. */
export function scoreArticle(gold: Gold, entities: Entity[], relations: Relation[]): ArticleScore {
  const e = scoreEntities(gold, entities);
  const r = scoreRelations(gold, entities, relations);
  return {
    article: gold.article,
    entities: e.score,
    relations: r.score,
    missedEntities: e.missed,
    falseEntities: e.falses,
    missedRelations: r.missed,
    falseRelations: r.falses,
  };
}

/** Micro-averaged totals over articles. */
export function totals(scores: ArticleScore[]): { entities: Prf; relations: Prf } {
  const sum = (pick: (s: ArticleScore) => Prf) => {
    const tp = scores.reduce((n, s) => n + pick(s).tp, 0);
    const fp = scores.reduce((n, s) => n + pick(s).fp, 0);
    const fn = scores.reduce((n, s) => n + pick(s).fn, 0);
    return prf(tp, fp, fn);
  };
  return { entities: sum((s) => s.entities), relations: sum((s) => s.relations) };
}
