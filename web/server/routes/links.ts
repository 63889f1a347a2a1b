/**
 * POST /api/links {ids, coMentions?}: every relation among a set of entities, so that the canvas draws the links
 * between whatever it shows, however each entity got there (overview, expansion, search). Claims always;
 * co-mentions only when asked for, though their number always comes back (for the canvas's toggle).
 */
import { Hono } from "hono";
import { z } from "zod";
import type { LinksAmongRequest, LinksAmongResponse } from "../../shared/api-types.ts";
import type { AppDeps } from "../deps.ts";
import {
  CLAIM_LINK_FILTER,
  CO_MENTION_LINK_FILTER,
  relationProjection,
  toEntityEdge,
} from "../neo4j/entity-mapping.ts";
import { cypherInt } from "../neo4j/graph-mapping.ts";
import { readBody } from "../queries/request-body.ts";
import { idSchema } from "../validation.ts";

/** As many entities as the canvas's highest node cap. */
export const MAX_LINK_IDS = 10_000;
const MAX_LINKS = 20_000;

const LINKS_AMONG = `
  UNWIND $ids AS id
  MATCH (a:Entity {id: id})
  MATCH (a)-[rel]->(b:Entity) WHERE b.id IN $ids
    AND (${CLAIM_LINK_FILTER} OR ${CO_MENTION_LINK_FILTER})
  WITH rel, ${CO_MENTION_LINK_FILTER} AS coMention
  WITH collect(CASE WHEN coMention AND NOT $coMentions THEN null ELSE rel END) AS shown,
       count(CASE WHEN coMention THEN 1 END) AS coMentionCount
  RETURN size(shown) AS total, coMentionCount,
         [rel IN shown[0..$limit] | ${relationProjection("rel")}] AS rels`;

const linksBody: z.ZodType<LinksAmongRequest> = z.object({
  ids: z.array(idSchema).max(MAX_LINK_IDS, `at most ${MAX_LINK_IDS} entities`),
  coMentions: z.boolean().optional(),
});

interface LinksRow {
  total: unknown;
  coMentionCount: unknown;
  rels: unknown[];
}

export function linkRoutes({ reader }: AppDeps) {
  return new Hono().post("/", async (c) => {
    const { ids, coMentions = false } = await readBody(c, linksBody);
    const unique = [...new Set(ids)];
    const [row] =
      unique.length < 2
        ? []
        : await reader.read<LinksRow>(LINKS_AMONG, { ids: unique, coMentions, limit: cypherInt(MAX_LINKS) });
    const edges = (row?.rels ?? []).map(toEntityEdge);
    const body: LinksAmongResponse = {
      edges,
      truncated: Number(row?.total ?? 0) > edges.length,
      coMentionCount: Number(row?.coMentionCount ?? 0),
    };
    return c.json(body);
  });
}
