/**
 * GET /api/entities/:id: one entity with its properties and aliases, and for each of its claims the other end,
 * the confidence, the number of independent sources, and the evidence: each sentence with the article's title,
 * outlet and date, and where both ends are named in it (for highlighting). Its co-mentions come apart, likewise.
 */
import { Hono } from "hono";
import { z } from "zod";
import { CO_MENTION_TYPE } from "../../../neo4j/schema.ts";
import type {
  EntityDetailsResponse,
  EntityLink,
  EntityRef,
  EvidenceItem,
  MentionSpan,
} from "../../shared/api-types.ts";
import { visibleText } from "../../shared/visible-text.ts";
import type { AppDeps } from "../deps.ts";
import { ApiError } from "../http-error.ts";
import { articleProjection, toArticleSummary } from "../neo4j/article-mapping.ts";
import { CLAIM_LINK_FILTER, CO_MENTION_LINK_FILTER } from "../neo4j/entity-mapping.ts";
import { cypherInt, plainProperties } from "../neo4j/graph-mapping.ts";
import { idSchema, validate } from "../validation.ts";

const MAX_LINKS = 300;
const MAX_CO_MENTIONS = 100;
const MAX_EVIDENCE_PER_LINK = 20;

/** One kind of link of `e` (claims or co-mentions, by `filter`), best supported first, with their evidence. */
function linkList(filter: string, limit: string, name: string): string {
  return `
    MATCH (e)-[rel]-(other:Entity) WHERE ${filter}
    WITH e, rel, other ORDER BY coalesce(rel.sourceCount, 0) DESC, type(rel), other.name LIMIT ${limit}
    WITH e, rel, other, COLLECT {
      MATCH (v:Evidence {claim: rel.key})-[:FROM_ARTICLE]->(a:Article)
      OPTIONAL MATCH (a)-[m:MENTIONS]->(x:Entity) WHERE x = e OR x = other
      WITH v, a, collect({entity: x.id, starts: m.starts, ends: m.ends}) AS spans
      ORDER BY a.published, a.id, v.start LIMIT $maxEvidence
      RETURN {id: v.id, sentence: v.sentence, start: v.start, end: v.end, confidence: v.confidence,
              rule: v.rule, spans: spans, article: ${articleProjection("a")}}
    } AS evidence
    RETURN collect({
      key: coalesce(rel.key, elementId(rel)), type: type(rel), kind: rel.kind, label: rel.label, route: rel.route,
      direction: CASE WHEN startNode(rel) = e THEN 'out' ELSE 'in' END,
      other: {id: other.id, name: other.name, type: other.type},
      confidence: rel.confidence, sourceCount: rel.sourceCount, articleCount: rel.articleCount,
      firstPublished: rel.firstPublished, routeId: rel.routeId, legIndex: rel.legIndex, evidence: evidence
    }) AS ${name}`;
}

/** Claims and co-mentions are listed and counted apart: a co-mention is never shown or counted as a claim. */
const ENTITY_DETAILS = `
  MATCH (e:Entity {id: $id})
  CALL (e) { MATCH (e)-[rel]-(:Entity) WHERE ${CLAIM_LINK_FILTER} RETURN count(rel) AS linkTotal }
  CALL (e) { MATCH (e)-[rel]-(:Entity) WHERE ${CO_MENTION_LINK_FILTER} RETURN count(rel) AS coMentionTotal }
  CALL (e) { ${linkList(CLAIM_LINK_FILTER, "$maxLinks", "links")} }
  CALL (e) { ${linkList(CO_MENTION_LINK_FILTER, "$maxCoMentions", "coMentions")} }
  RETURN properties(e) AS properties, linkTotal, links, coMentionTotal, coMentions`;

interface EvidenceRow extends Omit<EvidenceItem, "mentions" | "start" | "end"> {
  start: unknown;
  end: unknown;
  spans: Array<{ entity: string | null; starts: unknown[] | null; ends: unknown[] | null }>;
}

interface LinkRow
  extends Omit<
    EntityLink,
    "evidence" | "sourceCount" | "articleCount" | "legIndex" | "kind" | "label" | "route"
  > {
  kind: string | null;
  label: string | null;
  route: string | null;
  sourceCount: unknown;
  articleCount: unknown;
  legIndex: unknown;
  evidence: EvidenceRow[];
}

interface DetailsRow {
  properties: Record<string, unknown>;
  linkTotal: unknown;
  links: LinkRow[];
  coMentionTotal: unknown;
  coMentions: LinkRow[];
}

export function entityRoutes({ reader }: AppDeps) {
  return new Hono().get("/:id", validate("param", z.object({ id: idSchema })), async (c) => {
    const { id } = c.req.valid("param");
    const [row] = await reader.read<DetailsRow>(ENTITY_DETAILS, {
      id,
      maxLinks: cypherInt(MAX_LINKS),
      maxCoMentions: cypherInt(MAX_CO_MENTIONS),
      maxEvidence: cypherInt(MAX_EVIDENCE_PER_LINK),
    });
    if (!row) throw new ApiError(404, "entity_not_found", `No entity has the id "${id}".`);
    return c.json(toDetails(row));
  });
}

function toDetails(row: DetailsRow): EntityDetailsResponse {
  const { aliasText: _aliasText, ...properties } = plainProperties(row.properties);
  const linkTotal = Number(row.linkTotal);
  return {
    entity: {
      id: String(properties.id),
      name: visibleText(String(properties.name ?? properties.id)),
      type: String(properties.type ?? "Entity"),
      aliases: Array.isArray(properties.aliases) ? properties.aliases.map(String) : [],
      properties,
    },
    links: row.links.map(toLink),
    truncated: linkTotal > row.links.length,
    linkTotal,
    coMentions: row.coMentions.map(toLink),
    coMentionTotal: Number(row.coMentionTotal),
  };
}

function toLink(row: LinkRow): EntityLink {
  return {
    ...row,
    other: { ...(row.other as EntityRef), name: visibleText((row.other as EntityRef).name) },
    // Relations written before kinds were stored are told apart by their type.
    kind: row.type === CO_MENTION_TYPE || row.kind === "co-mention" ? "co-mention" : "claim",
    label: row.label ?? null,
    route: row.route ?? null,
    confidence: numberOrNull(row.confidence),
    sourceCount: Number(row.sourceCount ?? 0),
    articleCount: Number(row.articleCount ?? 0),
    legIndex: numberOrNull(row.legIndex),
    routeId: row.routeId ?? null,
    firstPublished: row.firstPublished ?? null,
    evidence: row.evidence.map(toEvidence),
  };
}

function toEvidence(row: EvidenceRow): EvidenceItem {
  const start = Number(row.start);
  const end = Number(row.end);
  return {
    id: row.id,
    sentence: row.sentence,
    start,
    end,
    confidence: numberOrNull(row.confidence),
    rule: row.rule ?? null,
    article: toArticleSummary(row.article),
    mentions: row.spans.flatMap((span) => spansWithin(span, start, end)),
  };
}

/** The mentions of one entity in the article that fall inside the sentence, relative to the sentence. */
function spansWithin(span: EvidenceRow["spans"][number], start: number, end: number): MentionSpan[] {
  if (!span.entity || !span.starts || !span.ends) return [];
  const entity = span.entity;
  const ends = span.ends.map(Number);
  return span.starts.map(Number).flatMap((from, index) => {
    const to = ends[index];
    return to !== undefined && from >= start && to <= end
      ? [{ entity, start: from - start, end: to - start }]
      : [];
  });
}

function numberOrNull(value: unknown): number | null {
  return value === null || value === undefined ? null : Number(value);
}
