/**
 * GET /api/health: the Neo4j version, edition and counts (of all nodes and relationships, and of entities, claims and
 * co-mentions); 503 with a readable reason when it is unreachable.
 */
import { Hono } from "hono";
import { CO_MENTION_TYPE } from "../../../neo4j/schema.ts";
import type { HealthResponse } from "../../shared/api-types.ts";
import type { AppDeps } from "../deps.ts";
import { CLAIM_LINK_FILTER } from "../neo4j/entity-mapping.ts";

type ComponentRow = { version: string; edition: string };
type CountRow = HealthResponse["counts"];

export function healthRoutes({ reader, database }: AppDeps) {
  return new Hono().get("/", async (c) => {
    const [component] = await reader.read<ComponentRow>(
      "CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition",
    );
    const [counts] = await reader.read<CountRow>(
      `CALL { MATCH (n) RETURN count(n) AS nodes }
       CALL { MATCH ()-[r]->() RETURN count(r) AS relationships }
       CALL { MATCH (e:Entity) RETURN count(e) AS entities }
       CALL { MATCH (:Entity)-[rel]->(:Entity) WHERE ${CLAIM_LINK_FILTER} RETURN count(rel) AS claims }
       CALL { MATCH ()-[rel:${CO_MENTION_TYPE}]->() RETURN count(rel) AS coMentions }
       RETURN toFloat(nodes) AS nodes, toFloat(relationships) AS relationships, toFloat(entities) AS entities,
              toFloat(claims) AS claims, toFloat(coMentions) AS coMentions`,
    );
    const body: HealthResponse = {
      status: "ok",
      neo4j: { version: component?.version ?? "unknown", edition: component?.edition ?? "unknown", database },
      counts: {
        nodes: counts?.nodes ?? 0,
        relationships: counts?.relationships ?? 0,
        entities: counts?.entities ?? 0,
        claims: counts?.claims ?? 0,
        coMentions: counts?.coMentions ?? 0,
      },
    };
    c.header("Cache-Control", "no-store");
    return c.json(body);
  });
}
