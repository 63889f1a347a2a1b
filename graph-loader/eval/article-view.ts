// The part of a corpus extraction that belongs to one article: its entities and relations.

import type { CorpusExtraction, Entity, Relation } from "../model.ts";

export function articleView(
  result: Pick<CorpusExtraction, "entities" | "relations" | "mentions" | "articles">,
  articleId: string,
) {
  const ids = new Set(result.mentions.filter((m) => m.article === articleId).map((m) => m.entity));
  const article = result.articles.find((a) => a.id === articleId);
  const relations: Relation[] = result.relations.filter((r) =>
    r.evidence.some((e) => e.article === articleId),
  );
  for (const r of relations) ids.add(r.source).add(r.target);
  const outletId = article?.source ? result.entities.find((e) => e.name === article.source)?.id : undefined;
  if (outletId) ids.add(outletId);
  const entities: Entity[] = result.entities.filter((e) => ids.has(e.id));
  return { entities, relations };
}
