/**
 * GET /api/search?q=&limit=: entities by name or alias from the full-text index `entity_names`, typo-tolerant,
 * each with its claims counted per relationship type (co-mentions are not links). The index gives candidates;
 * search/rank-hits.ts orders them (exact name or alias, prefix, every word, then typos by edit distance) before
 * the claims are counted.
 */
import { Hono } from "hono";
import { z } from "zod";
import { FULLTEXT_ENTITY_INDEX } from "../../../neo4j/schema.ts";
import type { LinkCount, SearchHit, SearchResponse } from "../../shared/api-types.ts";
import { visibleText } from "../../shared/visible-text.ts";
import type { AppDeps } from "../deps.ts";
import { CLAIM_LINK_FILTER } from "../neo4j/entity-mapping.ts";
import { cypherInt } from "../neo4j/graph-mapping.ts";
import { fuzzyQuery } from "../neo4j/lucene.ts";
import { rankHits } from "../search/rank-hits.ts";
import { intParam, validate } from "../validation.ts";

const CANDIDATES = `
  CALL db.index.fulltext.queryNodes($index, $query, {limit: $candidates}) YIELD node, score
  WHERE node:Entity
  RETURN node.id AS id, node.name AS name, node.type AS type, coalesce(node.aliases, []) AS aliases, score`;

const LINKS = `
  UNWIND $ids AS id
  MATCH (node:Entity {id: id})
  CALL (node) {
    OPTIONAL MATCH (node)-[rel]-(:Entity) WHERE ${CLAIM_LINK_FILTER}
    WITH type(rel) AS type, CASE WHEN startNode(rel) = node THEN 'out' ELSE 'in' END AS direction, count(rel) AS count
    WHERE type IS NOT NULL
    RETURN collect({type: type, direction: direction, count: count}) AS links
  }
  RETURN node.id AS id, links`;

/** Candidates read from the index per hit answered: enough for a close name that Lucene scores low. */
const CANDIDATES_PER_HIT = 5;
const MAX_CANDIDATES = 100;

const searchQuery = z.object({
  q: z.string().trim().min(1, "type something to search for").max(200, "a search is at most 200 characters"),
  limit: intParam(1, 50, 10),
});

type CandidateRow = Omit<SearchHit, "links" | "score"> & { score: unknown };
type LinksRow = { id: string; links: Array<{ type: string; direction: "out" | "in"; count: unknown }> };

export function searchRoutes({ reader }: AppDeps) {
  return new Hono().get("/", validate("query", searchQuery), async (c) => {
    const { q, limit } = c.req.valid("query");
    const query = fuzzyQuery(q);
    const candidates = query
      ? await reader.read<CandidateRow>(CANDIDATES, {
          index: FULLTEXT_ENTITY_INDEX,
          query,
          candidates: cypherInt(Math.min(limit * CANDIDATES_PER_HIT, MAX_CANDIDATES)),
        })
      : [];
    const ranked = rankHits(
      q,
      candidates.map((row) => ({ ...row, score: Number(row.score) })),
    ).slice(0, limit);
    const links = ranked.length
      ? await reader.read<LinksRow>(LINKS, { ids: ranked.map((hit) => hit.id) })
      : [];
    const linksById = new Map(links.map((row) => [row.id, row.links]));
    const body: SearchResponse = {
      query: q,
      hits: ranked.map((hit) => ({
        ...hit,
        name: visibleText(hit.name),
        links: toLinkCounts(linksById.get(hit.id) ?? []),
      })),
    };
    return c.json(body);
  });
}

function toLinkCounts(links: LinksRow["links"]): LinkCount[] {
  return links
    .map((link) => ({ type: link.type, direction: link.direction, count: Number(link.count) }))
    .sort((a, b) => b.count - a.count || a.type.localeCompare(b.type));
}
