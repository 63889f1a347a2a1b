/**
 * GET /api/overview?limit=: a bounded starting view, the entities with most claims (never articles or evidence)
 * and the claims between them (co-mentions come from /api/links when the canvas asks for them); `truncated` and `total` say honestly how many entities were left out. `limit`
 * (1–10,000, default the server's node cap) asks for a smaller or larger view, as the explorer's node cap does.
 */
import { Hono } from "hono";
import { z } from "zod";
import type { GraphResponse } from "../../shared/api-types.ts";
import type { AppDeps } from "../deps.ts";
import {
  CLAIM_LINK_FILTER,
  entityProjection,
  relationProjection,
  toEntityEdge,
  toEntityNode,
} from "../neo4j/entity-mapping.ts";
import { cypherInt } from "../neo4j/graph-mapping.ts";
import { intParam, validate } from "../validation.ts";

/** The largest overview one request may ask for (the explorer's highest node cap). */
export const MAX_OVERVIEW_LIMIT = 10_000;

const OVERVIEW = `
  CALL { MATCH (n:Entity) RETURN count(n) AS total }
  MATCH (n:Entity)
  WITH total, n ORDER BY COUNT { (n)-[rel]-(:Entity) WHERE ${CLAIM_LINK_FILTER} } DESC, n.name, n.id
  LIMIT $limit
  WITH total, collect(n) AS picked
  CALL (picked) {
    UNWIND picked AS a
    MATCH (a)-[rel]->(b:Entity) WHERE b IN picked AND ${CLAIM_LINK_FILTER}
    RETURN collect(${relationProjection("rel")}) AS rels
  }
  RETURN total, [n IN picked | ${entityProjection("n")}] AS nodes, rels`;

export function overviewRoutes({ reader, maxNodes }: AppDeps) {
  const query = z.object({ limit: intParam(1, MAX_OVERVIEW_LIMIT, Math.min(maxNodes, MAX_OVERVIEW_LIMIT)) });
  return new Hono().get("/", validate("query", query), async (c) => {
    const { limit } = c.req.valid("query");
    const [row] = await reader.read<{ total: unknown; nodes: unknown[]; rels: unknown[] }>(OVERVIEW, {
      limit: cypherInt(limit),
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
