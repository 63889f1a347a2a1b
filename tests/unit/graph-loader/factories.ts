// Test data factories for the graph-loader: articles from text, extraction of one text, relation lookups.

import { loadGazetteer } from "../../../graph-loader/gazetteer/build.ts";
import type { Entity, Relation, RelationFinding } from "../../../graph-loader/model.ts";
import { combineExtractions, extractArticle } from "../../../graph-loader/pipeline.ts";
import { parseArticle } from "../../../graph-loader/read/parse-article.ts";

export interface ArticleOverrides {
  id?: string;
  title?: string;
  source?: string;
  published?: string;
  body?: string;
}

/** Article file text with a front-matter header; every field can be overridden. */
export function createArticleText(overrides: ArticleOverrides = {}): string {
  const header = [
    "---",
    `id: ${overrides.id ?? "test-article"}`,
    `title: ${overrides.title ?? "A test article"}`,
    `source: ${overrides.source ?? "Test Wire"}`,
    ...(overrides.published ? [`published: ${overrides.published}`] : []),
    "language: en",
    "---",
  ];
  return `${header.join("\n")}\n${overrides.body ?? "North Korea sent workers to Russia."}\n`;
}

/** Extracts one article body (header added) into entities and merged relations. */
export async function extractText(body: string, overrides: ArticleOverrides = {}) {
  const gazetteer = await loadGazetteer();
  const { article } = parseArticle(createArticleText({ ...overrides, body }), "test.md");
  const part = extractArticle(gazetteer, article);
  const graph = combineExtractions([part]);
  return { ...part, relations: graph.relations, entities: graph.entities };
}

/** True when a relation (source, type, target) was found; ids as extracted. */
export function hasRelation(
  relations: Array<Relation | RelationFinding>,
  source: string,
  type: string,
  target: string,
) {
  return relations.some((r) => r.source === source && r.type === type && r.target === target);
}

export function entity(entities: Entity[], id: string): Entity | undefined {
  return entities.find((e) => e.id === id);
}

/** The ordered stops of one route (legs sharing a routeId), e.g. ["place:a", "place:b", "place:c"]. */
export function routeStops(relations: Array<Relation | RelationFinding>, routeId: string): string[] {
  const legs = relations
    .filter((r) => r.type === "ROUTE_LEG" && r.routeId === routeId)
    .sort((a, b) => (a.legIndex ?? 0) - (b.legIndex ?? 0));
  const first = legs[0];
  return first ? [first.source, ...legs.map((l) => l.target)] : [];
}

/** All routes of an extraction as ordered stop lists. */
export function allRoutes(relations: Array<Relation | RelationFinding>): string[][] {
  const ids = [...new Set(relations.filter((r) => r.type === "ROUTE_LEG").map((r) => r.routeId ?? ""))];
  return ids.map((id) => routeStops(relations, id));
}
