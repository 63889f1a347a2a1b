/**
 * GET /api/paths?from=&to=&max=: all shortest paths between two entities over their claims (never through
 * articles, evidence or co-mentions), at most `max` hops (1..8), as graph elements with each path's walking order.
 */
import { Hono } from "hono";
import { z } from "zod";
import type { GraphEdge, GraphNode, GraphPath, PathsResponse } from "../../shared/api-types.ts";
import type { AppDeps } from "../deps.ts";
import { ApiError } from "../http-error.ts";
import {
  CLAIM_LINK_FILTER,
  entityProjection,
  relationProjection,
  toEntityEdge,
  toEntityNode,
} from "../neo4j/entity-mapping.ts";
import { cypherInt } from "../neo4j/graph-mapping.ts";
import { idSchema, intParam, validate } from "../validation.ts";

const MAX_PATHS = 25;

const ENDPOINTS = `
  OPTIONAL MATCH (a:Entity {id: $from})
  OPTIONAL MATCH (b:Entity {id: $to})
  RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound`;

/** `max` is validated to 1..8 before it is written into the pattern (a hop bound cannot be a parameter). */
function shortestPaths(max: number): string {
  if (!Number.isInteger(max) || max < 1 || max > 8) throw new RangeError("max hops must be 1..8");
  return `
  MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
  MATCH p = allShortestPaths((a)-[*..${max}]-(b))
  WHERE all(n IN nodes(p) WHERE n:Entity)
    AND all(rel IN relationships(p) WHERE ${CLAIM_LINK_FILTER})
  WITH p LIMIT $limit
  RETURN [n IN nodes(p) | ${entityProjection("n")}] AS nodes,
         [rel IN relationships(p) | ${relationProjection("rel")}] AS rels`;
}

const query = z
  .object({ from: idSchema, to: idSchema, max: intParam(1, 8, 4) })
  .refine((value) => value.from !== value.to, { message: "from and to must be two different entities" });

interface PathRow {
  nodes: unknown[];
  rels: unknown[];
}

export function pathRoutes({ reader }: AppDeps) {
  return new Hono().get("/", validate("query", query), async (c) => {
    const { from, to, max } = c.req.valid("query");
    const [found] = await reader.read<{ fromFound: boolean; toFound: boolean }>(ENDPOINTS, { from, to });
    const missing = [found?.fromFound ? null : from, found?.toFound ? null : to].filter(Boolean);
    if (missing.length > 0) {
      throw new ApiError(
        404,
        "entity_not_found",
        `No entity has the id ${missing.map((id) => `"${id}"`).join(" or ")}.`,
      );
    }
    const rows = await reader.read<PathRow>(shortestPaths(max), { from, to, limit: cypherInt(MAX_PATHS) });
    return c.json(toPaths(rows));
  });
}

function toPaths(rows: PathRow[]): PathsResponse {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  const paths: GraphPath[] = rows.map((row) => {
    const pathNodes = row.nodes.map(toEntityNode);
    const pathEdges = row.rels.map(toEntityEdge);
    for (const node of pathNodes) nodes.set(node.id, node);
    for (const edge of pathEdges) edges.set(edge.id, edge);
    return { nodes: pathNodes.map((node) => node.id), edges: pathEdges.map((edge) => edge.id) };
  });
  return {
    nodes: [...nodes.values()],
    edges: [...edges.values()],
    paths,
    hops: paths[0] ? paths[0].edges.length : null,
    truncated: rows.length >= MAX_PATHS,
    total: nodes.size,
  };
}
