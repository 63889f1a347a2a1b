// Resolves one article's mentions to entities: known ids, then short person names ("Kim", "Cho") to the
// full name used in the same article. Pure.

import { foldName } from "../gazetteer/fold.ts";
import type { Gazetteer } from "../gazetteer/types.ts";
import type { Entity, Mention, ResolvedMention } from "../model.ts";
import { cleanName, type Identity, identify } from "./entity-ids.ts";

export interface ResolvedArticle {
  mentions: ResolvedMention[];
  entities: Entity[];
}

/** The person a lone name part refers to: the latest earlier full name containing it, else a later one. */
function personFor(
  part: string,
  m: Mention,
  people: Array<{ at: number; identity: Identity }>,
): Identity | null {
  const key = foldName(cleanName(part));
  const matches = people.filter((p) => foldName(p.identity.name).split(" ").includes(key));
  const earlier = matches.filter((p) => p.at < m.start).at(-1);
  return (earlier ?? matches[0])?.identity ?? null;
}

function addEntity(
  entities: Map<string, Entity>,
  identity: Identity,
  gazetteer: Gazetteer,
  alias: string,
): void {
  let entity = entities.get(identity.id);
  if (!entity) {
    entity = { id: identity.id, name: identity.name, type: identity.type, aliases: [] };
    const entry = gazetteer.entries.get(identity.id);
    if (entry?.lat !== undefined && entry.lon !== undefined)
      Object.assign(entity, { lat: entry.lat, lon: entry.lon });
    if (entry?.country) entity.attributes = { country: entry.country };
    entities.set(identity.id, entity);
  }
  const clean = alias.replace(/'s$/, "").trim();
  if (clean !== entity.name && !entity.aliases.includes(clean)) entity.aliases.push(clean);
}

/**
 * Gives every mention an entity id; drops lone name parts that match no full name in the article.
 * @example resolveArticle(g, mentions).entities.map((e) => e.id) // ["country:north-korea", …]
 */
export function resolveArticle(gazetteer: Gazetteer, mentions: Mention[]): ResolvedArticle {
  const entities = new Map<string, Entity>();
  const people: Array<{ at: number; identity: Identity }> = [];
  const full = mentions.filter((m) => !(m.type === "Person" && m.attributes?.partial));
  for (const m of full) {
    const identity = identify(gazetteer, m);
    if (identity?.type === "Person") people.push({ at: m.start, identity });
  }
  const resolved: ResolvedMention[] = [];
  for (const m of mentions) {
    const identity =
      m.type === "Person" && m.attributes?.partial ? personFor(m.text, m, people) : identify(gazetteer, m);
    if (!identity) continue;
    if (m.type !== "Amount") addEntity(entities, identity, gazetteer, m.text);
    else addEntity(entities, identity, gazetteer, identity.name);
    if (m.attributes && m.type === "Amount") {
      const entity = entities.get(identity.id);
      if (entity) entity.attributes = { ...entity.attributes, ...m.attributes };
    }
    resolved.push({ ...m, entityId: identity.id });
  }
  return { mentions: resolved, entities: [...entities.values()] };
}
