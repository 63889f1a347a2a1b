/**
 * GET /api/entities/:id/neighbours?types=&limit=: the entity's links counted per relationship type and
 * direction (so the view can offer "expand 12 of 340"), and up to `limit` neighbours with the links to them as
 * graph elements, best supported first. Without `types` only claims are followed; co-mentions come only when
 * asked for by their type (CO_MENTIONED).
 */
import { Hono } from "hono";
import { z } from "zod";
import type { LinkCount, NeighboursResponse } from "../../shared/api-types.ts";
import type { AppDeps } from "../deps.ts";
import { ApiError } from "../http-error.ts";
import { entityLinksOf } from "../neo4j/entity-links.ts";
import {
  CLAIM_LINK_FILTER,
  entityProjection,
  relationProjection,
  toEntityEdge,
  toEntityNode,
} from "../neo4j/entity-mapping.ts";
import { cypherInt } from "../neo4j/graph-mapping.ts";
import { idSchema, intParam, relationTypesParam, validate } from "../validation.ts";

// The entity's links are read once, by type (see entity-links.ts): never by walking its mentions, whose number
// grows with the corpus. Degrees come from relationship counts, so a neighbour that is itself a hub costs no more.
const NEIGHBOURS = `
  MATCH (e:Entity {id: $id})
  CALL (e) {
    CALL (e) { ${entityLinksOf("e")} }
    RETURN collect(link) AS links
  }
  CALL (e, links) {
    UNWIND links AS link
    WITH link.rel AS rel, CASE WHEN startNode(link.rel) = e THEN 'out' ELSE 'in' END AS direction
    WITH type(rel) AS type, direction, count(*) AS count
    ORDER BY count DESC, type
    RETURN collect({type: type, direction: direction, count: count}) AS counts
  }
  CALL (e, links) {
    UNWIND links AS link
    WITH link.rel AS rel, link.other AS other
    WHERE other <> e AND (size($types) = 0 AND ${CLAIM_LINK_FILTER} OR type(rel) IN $types)
    WITH other, collect(rel) AS rels, max(coalesce(rel.sourceCount, 0)) AS support
    ORDER BY support DESC, size(rels) DESC, other.name, other.id
    WITH collect({other: other, rels: rels}) AS ranked
    RETURN size(ranked) AS total, ranked[0..$limit] AS picked
  }
  RETURN [n IN [e] + [p IN picked | p.other] | ${entityProjection("n")}] AS nodes,
         [p IN picked | [rel IN p.rels | ${relationProjection("rel")}]] AS rels,
         counts, total`;

const params = z.object({ id: idSchema });
const query = z.object({ types: relationTypesParam, limit: intParam(1, 500, 50) });

interface NeighboursRow {
  nodes: unknown[];
  rels: unknown[][];
  counts: Array<{ type: string; direction: "out" | "in"; count: unknown }>;
  total: unknown;
}

export function neighbourRoutes({ reader, maxNodes }: AppDeps) {
  return new Hono().get("/:id/neighbours", validate("param", params), validate("query", query), async (c) => {
    const { id } = c.req.valid("param");
    const { types, limit } = c.req.valid("query");
    const [row] = await reader.read<NeighboursRow>(NEIGHBOURS, {
      id,
      types,
      limit: cypherInt(Math.min(limit, maxNodes)),
    });
    if (!row) throw new ApiError(404, "entity_not_found", `No entity has the id "${id}".`);
    const total = Number(row.total);
    const nodes = row.nodes.map(toEntityNode);
    const counts: LinkCount[] = row.counts.map((count) => ({ ...count, count: Number(count.count) }));
    const body: NeighboursResponse = {
      center: id,
      counts,
      nodes,
      edges: row.rels.flat().map(toEntityEdge),
      truncated: total > nodes.length - 1,
      total,
    };
    return c.json(body);
  });
}
