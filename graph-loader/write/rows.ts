/**
 * Turns an extraction into the flat rows the writer sends to Neo4j with UNWIND: one list per label and per
 * relation type (labels and types cannot be parameters), with deterministic ids so that writing twice is a no-op.
 */
import { createHash } from "node:crypto";
import { assertEntityLabel, assertRelationType } from "../../neo4j/schema.ts";
import type {
  Article,
  ArticleMentions,
  CorpusExtraction,
  Entity,
  Evidence,
  Relation,
  RelationKind,
} from "../model.ts";
import { type ClaimSupport, claimSupport } from "./support.ts";

export interface ArticleRow {
  id: string;
  title: string;
  source: string | null;
  url: string | null;
  published: string | null;
  precision: string;
  authors: string[];
  language: string;
  text: string;
  contentHash: string;
}

export interface EntityRow {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  lat: number | null;
  lon: number | null;
}

export interface MentionRow {
  article: string;
  entity: string;
  count: number;
  starts: number[];
  ends: number[];
}

export interface RelationRow {
  key: string;
  /** Support from this load's evidence; the writer asks the database when other articles support it too. */
  support: ClaimSupport;
  source: string;
  target: string;
  /** "claim" or "co-mention": co-mentions are their own relationship type too, this keeps it readable on each. */
  kind: RelationKind;
  /** The relation phrase of RELATED claims ("moored beside"); null for typed claims. */
  label: string | null;
  routeId: string | null;
  legIndex: number | null;
  /** The route a leg belongs to, by its ends ("Pyongyang → Russia"), so that a leg can be named by its route. */
  route: string | null;
}

export interface EvidenceRow {
  id: string;
  claim: string;
  article: string;
  sentence: string;
  start: number;
  end: number;
  rule: string;
  confidence: number;
}

export interface WriteRows {
  articles: ArticleRow[];
  entitiesByLabel: Map<string, EntityRow[]>;
  mentions: MentionRow[];
  relationsByType: Map<string, RelationRow[]>;
  evidence: EvidenceRow[];
}

export function toWriteRows(
  extraction: Pick<CorpusExtraction, "articles" | "entities" | "relations" | "mentions">,
) {
  const rows: WriteRows = {
    articles: extraction.articles.map(articleRow),
    entitiesByLabel: groupBy(extraction.entities.map(entityRow), (row) => assertEntityLabel(row.type)),
    mentions: extraction.mentions.map(mentionRow),
    relationsByType: new Map(),
    evidence: [],
  };
  const articlesById = new Map(rows.articles.map((article) => [article.id, article]));
  const routes = routeNames(extraction.relations, extraction.entities);
  for (const relation of extraction.relations) {
    const key = claimKey(relation);
    const evidence = relation.evidence.map((item) => evidenceRow(key, item));
    const row = {
      ...relationRow(key, relation),
      route: relation.routeId === undefined ? null : (routes.get(relation.routeId) ?? null),
      support: claimSupport(evidence, articlesById),
    };
    const type = assertRelationType(relation.type);
    rows.relationsByType.set(type, [...(rows.relationsByType.get(type) ?? []), row]);
    rows.evidence.push(...evidence);
  }
  return rows;
}

/**
 * The identity of a claim: who, what, whom; for route legs which route and which leg; for RELATED claims their
 * phrase ("moored beside" and "insured" are two claims). A co-mention's type keeps it apart from every claim.
 */
export function claimKey(
  relation: Pick<Relation, "source" | "type" | "target" | "routeId" | "legIndex" | "label">,
): string {
  const base = `${relation.source}|${relation.type}|${relation.target}`;
  if (relation.routeId !== undefined) return `${base}|${relation.routeId}#${relation.legIndex ?? 0}`;
  return relation.type === "RELATED" && relation.label ? `${base}|${relation.label}` : base;
}

/** Each route by its ends: the first leg's source and the last leg's target, by name ("Pyongyang → Russia"). */
function routeNames(relations: Relation[], entities: Entity[]): Map<string, string> {
  const names = new Map(entities.map((entity) => [entity.id, entity.name]));
  const legs = new Map<string, Relation[]>();
  for (const relation of relations) {
    if (relation.routeId !== undefined)
      legs.set(relation.routeId, [...(legs.get(relation.routeId) ?? []), relation]);
  }
  const routes = new Map<string, string>();
  for (const [routeId, list] of legs) {
    const ordered = [...list].sort((a, b) => (a.legIndex ?? 0) - (b.legIndex ?? 0));
    const first = ordered[0];
    const last = ordered[ordered.length - 1];
    if (!first || !last) continue;
    routes.set(
      routeId,
      `${names.get(first.source) ?? first.source} → ${names.get(last.target) ?? last.target}`,
    );
  }
  return routes;
}

function articleRow(article: Article): ArticleRow {
  return {
    id: article.id,
    title: article.title,
    source: article.source,
    url: article.url,
    published: article.published.value,
    precision: article.published.precision,
    authors: article.authors,
    language: article.language,
    text: article.text,
    contentHash: sha1(article.text),
  };
}

function entityRow(entity: Entity): EntityRow {
  return {
    id: entity.id,
    name: entity.name,
    type: entity.type,
    aliases: [...new Set(entity.aliases)].sort(),
    lat: entity.lat ?? null,
    lon: entity.lon ?? null,
  };
}

function mentionRow(mentions: ArticleMentions): MentionRow {
  return {
    article: mentions.article,
    entity: mentions.entity,
    count: mentions.count,
    starts: mentions.spans.map((span) => span.start),
    ends: mentions.spans.map((span) => span.end),
  };
}

function relationRow(key: string, relation: Relation): Omit<RelationRow, "support" | "route"> {
  return {
    key,
    source: relation.source,
    target: relation.target,
    kind: relation.kind ?? "claim",
    label: relation.label ?? null,
    routeId: relation.routeId ?? null,
    legIndex: relation.legIndex ?? null,
  };
}

function evidenceRow(claim: string, evidence: Evidence): EvidenceRow {
  return {
    id: sha1(`${claim}|${evidence.article}|${evidence.start}|${evidence.end}`),
    claim,
    article: evidence.article,
    sentence: evidence.sentence,
    start: evidence.start,
    end: evidence.end,
    rule: evidence.rule,
    confidence: evidence.confidence,
  };
}

function groupBy<T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item]);
  return groups;
}

function sha1(text: string): string {
  return createHash("sha1").update(text).digest("hex");
}
