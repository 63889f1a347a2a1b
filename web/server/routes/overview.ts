/**
 * GET /api/overview: a bounded starting view, the most connected entities (never articles or evidence) and the
 * relations between them; `truncated` and `total` say honestly how many entities were left out.
 */
import { Hono } from "hono";
import type { GraphResponse } from "../../shared/api-types.ts";
import type { AppDeps } from "../deps.ts";
import {
  ENTITY_LINK_FILTER,
  entityProjection,
  relationProjection,
  toEntityEdge,
  toEntityNode,
} from "../neo4j/entity-mapping.ts";
import { cypherInt } from "../neo4j/graph-mapping.ts";

const OVERVIEW = `
  CALL { MATCH (n:Entity) RETURN count(n) AS total }
  MATCH (n:Entity)
  WITH total, n ORDER BY COUNT { (n)-[rel]-(:Entity) WHERE ${ENTITY_LINK_FILTER} } DESC, n.name, n.id
  LIMIT $limit
  WITH total, collect(n) AS picked
  CALL (picked) {
    UNWIND picked AS a
    MATCH (a)-[rel]->(b:Entity) WHERE b IN picked AND ${ENTITY_LINK_FILTER}
    RETURN collect(${relationProjection("rel")}) AS rels
  }
  RETURN total, [n IN picked | ${entityProjection("n")}] AS nodes, rels`;

export function overviewRoutes({ reader, maxNodes }: AppDeps) {
  return new Hono().get("/", async (c) => {
    const [row] = await reader.read<{ total: unknown; nodes: unknown[]; rels: unknown[] }>(OVERVIEW, {
      limit: cypherInt(maxNodes),
    });
    const nodes = (row?.nodes ?? []).map(toEntityNode);
    const total = Number(row?.total ?? 0);
    const body: GraphResponse = {
      nodes,
      edges: (row?.rels ?? []).map(toEntityEdge),
      truncated: total > nodes.length,
      total,
    };
    return c.json(body);
  });
}
