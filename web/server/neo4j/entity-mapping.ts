/**
 * The entity graph as the API returns it: entities keyed by their stable `id` property (not the element id, so
 * links and URLs survive re-loads) and relations keyed by their claim `key`. Queries project nodes and
 * relationships with the fragments below and the mappers turn the rows into `GraphNode`/`GraphEdge`.
 */
import { CO_MENTION_TYPE } from "../../../neo4j/schema.ts";
import type { GraphEdge, GraphNode } from "../../shared/api-types.ts";
import { visibleText } from "../../shared/visible-text.ts";
import { claimDegree } from "./entity-links.ts";
import { plainProperties, plainValue } from "./graph-mapping.ts";

/**
 * Cypher map projection of an entity bound to `variable` (a fixed name in our own queries, never input); its
 * degree counts claims only (from relationship counts: see entity-links.ts).
 */
export function entityProjection(variable: string): string {
  return `{id: ${variable}.id, name: ${variable}.name, type: ${variable}.type, aliases: coalesce(${variable}.aliases, []),
    lat: ${variable}.lat, lon: ${variable}.lon,
    degree: ${claimDegree(variable)}}`;
}

/** Cypher map projection of a relation between entities bound to `variable`. */
export function relationProjection(variable: string): string {
  return `{id: coalesce(${variable}.key, elementId(${variable})), type: type(${variable}),
    source: startNode(${variable}).id, target: endNode(${variable}).id, properties: properties(${variable})}`;
}

/**
 * Matches relations between entities only: never MENTIONS (from articles) or FROM_ARTICLE (from evidence).
 * Co-mentions pass it; CLAIM_LINK_FILTER leaves them out too.
 */
export const ENTITY_LINK_FILTER = "NOT type(rel) IN ['MENTIONS', 'FROM_ARTICLE']";

/** Matches claims between entities: not mentions, not evidence links, not co-mentions. */
export const CLAIM_LINK_FILTER = `NOT type(rel) IN ['MENTIONS', 'FROM_ARTICLE', '${CO_MENTION_TYPE}']`;

/** Matches co-mentions between entities. */
export const CO_MENTION_LINK_FILTER = `type(rel) = '${CO_MENTION_TYPE}'`;

interface EntityRow {
  id: string;
  name: string | null;
  type: string | null;
  aliases: string[];
  lat: unknown;
  lon: unknown;
  degree: unknown;
}

interface RelationRow {
  id: string;
  type: string;
  source: string;
  target: string;
  properties: Record<string, unknown>;
}

export function toEntityNode(value: unknown): GraphNode {
  const row = value as EntityRow;
  const type = row.type ?? "Entity";
  return {
    id: row.id,
    labels: type === "Entity" ? ["Entity"] : ["Entity", type],
    name: visibleText(row.name ?? row.id),
    properties: {
      type,
      aliases: row.aliases,
      lat: plainValue(row.lat) ?? null,
      lon: plainValue(row.lon) ?? null,
      degree: Number(plainValue(row.degree) ?? 0),
    },
  };
}

export function toEntityEdge(value: unknown): GraphEdge {
  const row = value as RelationRow;
  const { key: _key, ...properties } = plainProperties(row.properties);
  return { id: row.id, source: row.source, target: row.target, type: row.type, properties };
}
