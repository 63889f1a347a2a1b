/**
 * GET /api/health: the Neo4j version, edition and counts; 503 with a readable reason when it is unreachable.
 */
import { Hono } from "hono";
import type { HealthResponse } from "../../shared/api-types.ts";
import type { AppDeps } from "../deps.ts";

type ComponentRow = { version: string; edition: string };
type CountRow = { nodes: number; relationships: number };

export function healthRoutes({ reader, database }: AppDeps) {
  return new Hono().get("/", async (c) => {
    const [component] = await reader.read<ComponentRow>(
      "CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition",
    );
    const [counts] = await reader.read<CountRow>(
      `CALL { MATCH (n) RETURN count(n) AS nodes }
       CALL { MATCH ()-[r]->() RETURN count(r) AS relationships }
       RETURN toFloat(nodes) AS nodes, toFloat(relationships) AS relationships`,
    );
    const body: HealthResponse = {
      status: "ok",
      neo4j: { version: component?.version ?? "unknown", edition: component?.edition ?? "unknown", database },
      counts: { nodes: counts?.nodes ?? 0, relationships: counts?.relationships ?? 0 },
    };
    c.header("Cache-Control", "no-store");
    return c.json(body);
  });
}
