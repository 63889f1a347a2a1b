/**
 * Splits a load's rows into groups of whole articles, each written in one transaction: an article's old evidence
 * and mentions are replaced by the new in the same commit, so a reader sees the old article or the new one.
 * Groups are written in order; a relation goes with the last group holding its evidence, an entity with the first
 * group that links it, so that every write finds what it links to and no entity is committed without a link.
 */
import type { EntityRow, WriteRows } from "./rows.ts";

export interface ArticleGroup {
  ids: string[];
  rows: WriteRows;
  /** Entities a later group links: never deleted as orphans here, where their props were written. */
  linkedLater: Set<string>;
}

/** `budget` bounds the mentions, evidence and relations of a group; an article larger than that is its own. */
export function articleGroups(rows: WriteRows, budget: number): ArticleGroup[] {
  const cost = new Map<string, number>();
  const add = (article: string, n = 1) => cost.set(article, (cost.get(article) ?? 0) + n);
  for (const mention of rows.mentions) add(mention.article);
  for (const evidence of rows.evidence) add(evidence.article, 2); // an evidence row brings its relation's share

  const groupOf = new Map<string, number>();
  let index = 0;
  let used = 0;
  for (const article of rows.articles) {
    const own = cost.get(article.id) ?? 0;
    if (used > 0 && used + own > budget) {
      index += 1;
      used = 0;
    }
    groupOf.set(article.id, index);
    used += own;
  }
  const last = index;
  const groups: ArticleGroup[] = Array.from({ length: last + 1 }, () => ({
    ids: [],
    linkedLater: new Set(),
    rows: {
      articles: [],
      entitiesByLabel: new Map(),
      mentions: [],
      relationsByType: new Map(),
      evidence: [],
    },
  }));
  const group = (article: string) => groups[groupOf.get(article) ?? last] as ArticleGroup;
  for (const article of rows.articles) {
    group(article.id).ids.push(article.id);
    group(article.id).rows.articles.push(article);
  }
  for (const mention of rows.mentions) group(mention.article).rows.mentions.push(mention);
  for (const evidence of rows.evidence) group(evidence.article).rows.evidence.push(evidence);

  const firstLink = new Map<string, number>();
  const lastLink = new Map<string, number>();
  const linked = (entity: string, at: number) => {
    firstLink.set(entity, Math.min(firstLink.get(entity) ?? at, at));
    lastLink.set(entity, Math.max(lastLink.get(entity) ?? at, at));
  };
  for (const mention of rows.mentions) linked(mention.entity, groupOf.get(mention.article) ?? last);
  for (const [type, relations] of rows.relationsByType) {
    for (const relation of relations) {
      const at = Math.max(...relation.support.articles.map((id) => groupOf.get(id) ?? last));
      const target = groups[Number.isFinite(at) ? at : last] as ArticleGroup;
      push(target.rows.relationsByType, type, relation);
      linked(relation.source, Number.isFinite(at) ? at : last);
      linked(relation.target, Number.isFinite(at) ? at : last);
    }
  }
  for (const [label, entities] of rows.entitiesByLabel) {
    for (const entity of entities) {
      const target = groups[firstLink.get(entity.id) ?? last] as ArticleGroup;
      push<EntityRow>(target.rows.entitiesByLabel, label, entity);
    }
  }
  for (const [entity, first] of firstLink) {
    for (let at = first; at < (lastLink.get(entity) ?? first); at++) groups[at]?.linkedLater.add(entity);
  }
  return groups;
}

function push<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}
