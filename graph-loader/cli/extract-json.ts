// The JSON the extract command prints: articles, entities and relations with their evidence.

import type { CorpusExtraction } from "../model.ts";

/** The stable JSON shape of the extract command (extra fields are allowed). */
export function toJson(result: CorpusExtraction) {
  return {
    articles: result.articles.map((a) => ({
      id: a.id,
      title: a.title,
      published: a.published.value,
      precision: a.published.precision,
      source: a.source,
    })),
    entities: result.entities.map((e) => ({
      id: e.id,
      name: e.name,
      type: e.type,
      aliases: e.aliases,
      ...(e.lat !== undefined ? { lat: e.lat, lon: e.lon } : {}),
    })),
    relations: result.relations.map((r) => ({
      source: r.source,
      type: r.type,
      target: r.target,
      kind: r.kind,
      ...(r.label !== undefined ? { label: r.label } : {}),
      confidence: r.confidence,
      ...(r.routeId !== undefined ? { routeId: r.routeId, legIndex: r.legIndex } : {}),
      ...(r.attributes ? { attributes: r.attributes } : {}),
      evidence: r.evidence.map((e) => ({
        article: e.article,
        sentence: e.sentence,
        start: e.start,
        end: e.end,
        rule: e.rule,
        confidence: e.confidence,
      })),
    })),
  };
}
