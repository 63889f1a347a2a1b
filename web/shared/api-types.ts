/**
 * Shapes of the API's JSON responses, shared by the server and the client (types only, no runtime code).
 */

export interface ApiErrorBody {
  error: { code: string; message: string };
}

export interface HealthResponse {
  status: "ok";
  neo4j: { version: string; edition: string; database: string };
  /**
   * All nodes and relationships of the database, and what of them the explorer shows: entities, claims between
   * them, and co-mentions (never counted as claims).
   */
  counts: { nodes: number; relationships: number; entities: number; claims: number; coMentions: number };
}

/** A claim is a link the text states; a co-mention only that two entities are named in one sentence. */
/** An integer past ±2^53, as its exact digits (a JSON number would round it). */
export interface ExactInteger {
  $integer: string;
}

/** NaN, Infinity or -Infinity, which JSON numbers cannot hold. */
export interface NonFiniteFloat {
  $float: "NaN" | "Infinity" | "-Infinity";
}

export type LinkKind = "claim" | "co-mention";

export interface GraphNode {
  id: string;
  labels: string[];
  name: string;
  properties: Record<string, unknown>;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  properties: Record<string, unknown>;
}

export interface GraphResponse {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** True when the server left nodes out because of its limit; `total` then says how many there were. */
  truncated: boolean;
  total: number;
}

/** Published date of an article as precisely as it is known: "2024-08-21", "2023-10", "2020", or null. */
export type DatePrecision = "day" | "month" | "year" | "unknown";

export interface EntityRef {
  id: string;
  name: string;
  type: string;
}

/** Number of links of one relationship type, seen from one entity ("out": it is the subject). */
export interface LinkCount {
  type: string;
  direction: "out" | "in";
  count: number;
}

export interface SearchHit extends EntityRef {
  aliases: string[];
  score: number;
  links: LinkCount[];
}

export interface SearchResponse {
  query: string;
  hits: SearchHit[];
}

export interface ArticleSummary {
  id: string;
  title: string;
  source: string | null;
  published: string | null;
  precision: DatePrecision;
}

/** A span [start, end) relative to the evidence sentence, naming one end of the link. */
export interface MentionSpan {
  entity: string;
  start: number;
  end: number;
}

export interface EvidenceItem {
  id: string;
  sentence: string;
  /** Where the sentence is in the article's text. */
  start: number;
  end: number;
  confidence: number | null;
  rule: string | null;
  article: ArticleSummary;
  mentions: MentionSpan[];
}

export interface EntityLink {
  key: string;
  type: string;
  kind: LinkKind;
  /** The phrase of a RELATED claim ("moored beside"), else null. */
  label: string | null;
  /** The route a leg belongs to, by its ends ("Pyongyang → Russia"), else null. */
  route: string | null;
  direction: "out" | "in";
  other: EntityRef;
  confidence: number | null;
  sourceCount: number;
  articleCount: number;
  firstPublished: string | null;
  routeId: string | null;
  legIndex: number | null;
  evidence: EvidenceItem[];
}

export interface EntityDetailsResponse {
  entity: EntityRef & { aliases: string[]; properties: Record<string, unknown> };
  /** The entity's claims (never co-mentions). */
  links: EntityLink[];
  /** True when the entity has more claims than the server returns; `linkTotal` says how many. */
  truncated: boolean;
  linkTotal: number;
  /** Entities named with this one in a sentence without a claim between them, apart from the claims. */
  coMentions: EntityLink[];
  coMentionTotal: number;
}

/** Relations among a set of entities on the canvas: their claims, and their co-mentions when asked for. */
export interface LinksAmongRequest {
  ids: string[];
  coMentions?: boolean;
}

export interface LinksAmongResponse {
  /** Claims among the entities, and their co-mentions when asked for. */
  edges: GraphEdge[];
  /** True when there were more links among them than the server returns. */
  truncated: boolean;
  /** How many co-mentions there are among the entities, asked for or not (for the canvas's toggle). */
  coMentionCount: number;
}

export interface NeighboursResponse extends GraphResponse {
  /** The entity whose neighbours these are, and its links counted per type and direction. */
  center: string;
  counts: LinkCount[];
}

/** One shortest path: entity ids and link ids in walking order. */
export interface GraphPath {
  nodes: string[];
  edges: string[];
}

export interface PathsResponse extends GraphResponse {
  paths: GraphPath[];
  hops: number | null;
}

export interface ArticlesResponse {
  articles: ArticleSummary[];
  truncated: boolean;
  total: number;
}

export interface ArticleMention {
  entity: EntityRef;
  starts: number[];
  ends: number[];
}

export interface ArticleResponse extends ArticleSummary {
  url: string | null;
  authors: string[];
  text: string;
  mentions: ArticleMention[];
}
