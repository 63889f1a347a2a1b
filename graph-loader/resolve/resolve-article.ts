// Resolves one article's mentions to entities: known ids, then short person names ("Kim", "Cho") to the
// full name used in the same article. Pure.

import { foldName } from "../gazetteer/fold.ts";
import { demonymsOf } from "../gazetteer/open-data.ts";
import type { Gazetteer } from "../gazetteer/types.ts";
import type { Entity, Mention, ResolvedMention } from "../model.ts";
import { cleanName, type Identity, identify, resolutionAliases } from "./entity-ids.ts";

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

/** Names the entity has whatever the article writes: the gazetteer's spellings, a resolution's usual forms. */
function knownAliases(gazetteer: Gazetteer, identity: Identity, m: Mention): string[] {
  const entry = gazetteer.entries.get(identity.id);
  if (entry) return [...entry.aliases, ...demonymsOf(entry)];
  if (identity.type === "Resolution" && m.attributes?.number !== undefined)
    return resolutionAliases(m.attributes.number);
  return [];
}

/** Facts a detector read that belong to the entity rather than to one mention (a ship's IMO number). */
const ENTITY_FACTS = ["imo", "class"];

function addEntity(
  entities: Map<string, Entity>,
  identity: Identity,
  gazetteer: Gazetteer,
  alias: string,
  m: Mention,
): void {
  let entity = entities.get(identity.id);
  if (!entity) {
    entity = { id: identity.id, name: identity.name, type: identity.type, aliases: [] };
    const entry = gazetteer.entries.get(identity.id);
    if (entry?.lat !== undefined && entry.lon !== undefined)
      Object.assign(entity, { lat: entry.lat, lon: entry.lon });
    if (entry?.country) entity.attributes = { country: entry.country };
    for (const known of knownAliases(gazetteer, identity, m))
      if (known !== entity.name && !entity.aliases.includes(known)) entity.aliases.push(known);
    entities.set(identity.id, entity);
  }
  const clean = alias.replace(/'s$/, "").trim();
  if (clean !== entity.name && !entity.aliases.includes(clean)) entity.aliases.push(clean);
  for (const key of ENTITY_FACTS) {
    const value = m.attributes?.[key];
    if (value === undefined || value === "") continue;
    entity.attributes = { ...entity.attributes, [key]: value };
    if (key === "imo" && !entity.aliases.includes(`IMO ${value}`)) entity.aliases.push(`IMO ${value}`);
  }
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
    addEntity(entities, identity, gazetteer, m.type === "Amount" ? identity.name : m.text, m);
    if (m.attributes && m.type === "Amount") {
      const entity = entities.get(identity.id);
      if (entity) entity.attributes = { ...entity.attributes, ...m.attributes };
    }
    resolved.push({ ...m, entityId: identity.id });
  }
  return { mentions: resolved, entities: [...entities.values()] };
}
