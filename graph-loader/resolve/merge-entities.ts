// Merges per-article entity lists into one list: one entity per id, aliases unioned, order stable.

import type { Entity } from "../model.ts";

export function mergeEntities(lists: Entity[][]): Entity[] {
  const byId = new Map<string, Entity>();
  for (const entity of lists.flat()) {
    const seen = byId.get(entity.id);
    if (!seen) {
      byId.set(entity.id, { ...entity, aliases: [...entity.aliases] });
      continue;
    }
    for (const alias of entity.aliases)
      if (!seen.aliases.includes(alias) && alias !== seen.name) seen.aliases.push(alias);
    if (entity.attributes) seen.attributes = { ...entity.attributes, ...seen.attributes };
  }
  return [...byId.values()]
    .map((e) => ({ ...e, aliases: [...e.aliases].sort() }))
    .sort((a, b) => a.id.localeCompare(b.id));
}
