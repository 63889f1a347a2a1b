/**
 * GET /api/overview: a bounded starting view, the most connected nodes and the links between them.
 */
import { Hono } from "hono";
import type { GraphResponse } from "../../shared/api-types.ts";
import type { AppDeps } from "../deps.ts";
import { cypherInt, toGraphEdge, toGraphNode } from "../neo4j/graph-mapping.ts";

const OVERVIEW = `
  CALL { MATCH (n) RETURN count(n) AS total }
  MATCH (n)
  WITH total, n ORDER BY COUNT { (n)--() } DESC, elementId(n) LIMIT $limit
  WITH total, collect(n) AS nodes
  CALL (nodes) {
    UNWIND nodes AS a
    MATCH (a)-[r]->(b) WHERE b IN nodes
    RETURN collect(r) AS rels
  }
  RETURN total, nodes, rels`;

export function overviewRoutes({ reader, maxNodes }: AppDeps) {
  return new Hono().get("/", async (c) => {
    const [row] = await reader.read(OVERVIEW, { limit: cypherInt(maxNodes) });
    const nodes = (row?.nodes as unknown[] | undefined) ?? [];
    const total = Number(row?.total ?? 0);
    const body: GraphResponse = {
      nodes: nodes.map(toGraphNode),
      edges: ((row?.rels as unknown[] | undefined) ?? []).map(toGraphEdge),
      truncated: total > nodes.length,
      total,
    };
    return c.json(body);
  });
}
