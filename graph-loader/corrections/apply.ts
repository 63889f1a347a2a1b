// Applies corrections to an extraction: merge, rename, coordinates, suppress, add. Pure; the input is not changed.

import { mergeRelations } from "../extract/merge-relations.ts";
import type { ArticleMentions, Entity, Relation } from "../model.ts";
import type { Corrections } from "./schema.ts";

export interface CorrectableGraph {
  entities: Entity[];
  relations: Relation[];
  mentions: ArticleMentions[];
}

function remap(graph: CorrectableGraph, from: string, into: string): CorrectableGraph {
  const target = graph.entities.find((e) => e.id === into);
  const source = graph.entities.find((e) => e.id === from);
  const entities = graph.entities
    .filter((e) => e.id !== from)
    .map((e) =>
      e.id === into && source
        ? {
            ...e,
            aliases: [...new Set([...e.aliases, source.name, ...source.aliases])].filter((a) => a !== e.name),
          }
        : e,
    );
  if (!target) return graph;
  const swap = (id: string) => (id === from ? into : id);
  return {
    entities,
    relations: graph.relations
      .map((r) => ({ ...r, source: swap(r.source), target: swap(r.target) }))
      .filter((r) => r.source !== r.target),
    mentions: graph.mentions.map((m) => ({ ...m, entity: swap(m.entity) })),
  };
}

const matches = (key: { source?: string; type?: string; target?: string }, r: Relation) =>
  (!key.source || key.source === r.source) &&
  (!key.type || key.type === r.type) &&
  (!key.target || key.target === r.target);

/**
 * @example applyCorrections(graph, { ...NO_CORRECTIONS, rename: [{ id: "org:rfa", name: "Radio Free Asia" }] })
 */
export function applyCorrections(graph: CorrectableGraph, corrections: Corrections): CorrectableGraph {
  let out = graph;
  for (const { from, into } of corrections.merge) out = remap(out, from, into);
  const names = new Map(corrections.rename.map((r) => [r.id, r.name]));
  const places = new Map(corrections.coordinates.map((c) => [c.id, { lat: c.lat, lon: c.lon }]));
  const dropped = new Set(corrections.suppress.entities);
  const entities = [
    ...out.entities
      .filter((e) => !dropped.has(e.id))
      .map((e) => {
        const name = names.get(e.id);
        return name
          ? { ...e, name, aliases: [...new Set([...e.aliases, e.name])].filter((a) => a !== name) }
          : e;
      }),
    ...corrections.add.entities.filter((e) => !out.entities.some((x) => x.id === e.id)),
  ].map((e) => {
    // Coordinates apply to found and added entities alike, after merges (a merged entity keeps its target's id).
    const place = places.get(e.id);
    return place ? { ...e, ...place } : e;
  });
  const added: Relation[] = corrections.add.relations.map((r) => ({
    source: r.source,
    type: r.type,
    target: r.target,
    kind: "claim",
    confidence: 1,
    evidence: [
      {
        article: r.evidence.article,
        sentence: r.evidence.sentence,
        start: -1,
        end: -1,
        rule: "correction",
        confidence: 1,
      },
    ],
  }));
  const relations = mergeRelations([...out.relations, ...added]).filter(
    (r) =>
      !dropped.has(r.source) &&
      !dropped.has(r.target) &&
      !corrections.suppress.relations.some((k) => matches(k, r)),
  );
  return { entities, relations, mentions: out.mentions.filter((m) => !dropped.has(m.entity)) };
}
