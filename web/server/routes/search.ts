/**
 * GET /api/search?q=&limit=: entities by name or alias from the full-text index `entity_names`, typo-tolerant
 * and ranked, each with its links counted per relationship type.
 */
import { Hono } from "hono";
import { z } from "zod";
import { FULLTEXT_ENTITY_INDEX } from "../../../neo4j/schema.ts";
import type { LinkCount, SearchHit, SearchResponse } from "../../shared/api-types.ts";
import type { AppDeps } from "../deps.ts";
import { ENTITY_LINK_FILTER } from "../neo4j/entity-mapping.ts";
import { cypherInt } from "../neo4j/graph-mapping.ts";
import { fuzzyQuery } from "../neo4j/lucene.ts";
import { intParam, validate } from "../validation.ts";

const SEARCH = `
  CALL db.index.fulltext.queryNodes($index, $query, {limit: $limit}) YIELD node, score
  WHERE node:Entity
  CALL (node) {
    OPTIONAL MATCH (node)-[rel]-(:Entity) WHERE ${ENTITY_LINK_FILTER}
    WITH type(rel) AS type, CASE WHEN startNode(rel) = node THEN 'out' ELSE 'in' END AS direction, count(rel) AS count
    WHERE type IS NOT NULL
    RETURN collect({type: type, direction: direction, count: count}) AS links
  }
  RETURN node.id AS id, node.name AS name, node.type AS type, coalesce(node.aliases, []) AS aliases, score, links
  ORDER BY score DESC, size(node.name), node.name
  LIMIT $limit`;

const searchQuery = z.object({
  q: z.string().trim().min(1, "type something to search for").max(200, "a search is at most 200 characters"),
  limit: intParam(1, 50, 10),
});

type SearchRow = Omit<SearchHit, "links"> & {
  links: Array<{ type: string; direction: "out" | "in"; count: unknown }>;
};

export function searchRoutes({ reader }: AppDeps) {
  return new Hono().get("/", validate("query", searchQuery), async (c) => {
    const { q, limit } = c.req.valid("query");
    const query = fuzzyQuery(q);
    const rows = query
      ? await reader.read<SearchRow>(SEARCH, { index: FULLTEXT_ENTITY_INDEX, query, limit: cypherInt(limit) })
      : [];
    const body: SearchResponse = { query: q, hits: rows.map(toHit) };
    return c.json(body);
  });
}

function toHit(row: SearchRow): SearchHit {
  const links: LinkCount[] = row.links
    .map((link) => ({ type: link.type, direction: link.direction, count: Number(link.count) }))
    .sort((a, b) => b.count - a.count || a.type.localeCompare(b.type));
  return {
    id: row.id,
    name: row.name,
    type: row.type,
    aliases: row.aliases,
    score: Number(row.score),
    links,
  };
}
