// Shared types of the graph-loader: what each stage hands to the next, and what the write stage stores.

/** Kinds of things the graph holds. */
export const ENTITY_TYPES = [
  "Person",
  "Organization",
  "Country",
  "Place",
  "Resolution",
  "Commodity",
  "Amount",
  "Event",
  "Group",
  "Date",
  "Vessel",
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Relation types the rules produce (a corrections file may add others). */
export const RELATION_TYPES = [
  "DISPATCHES_WORKERS_TO",
  "ROUTE_LEG",
  "BANS",
  "BANS_IMPORTS_FROM",
  "VIOLATES",
  "DEMANDS_REPATRIATION",
  "RECALLS_WORKERS_FROM",
  "EXPORTS_TO",
  "IMPORTS_FROM",
  "EXPORTS",
  "IMPORTS",
  "EXPORTED_FROM",
  "PAYS",
  "BRIBES",
  "RECRUITS",
  "RECRUITED_FROM",
  "VISITS",
  "MEETS",
  "SIGNS",
  "LOCATED_IN",
  "PART_OF",
  "AFFILIATED_WITH",
  "QUOTES",
  "SEIZED",
  "SANCTIONS",
  "OPERATES",
  "TRANSPORTS",
  "OWNS",
  "FUNDS",
  "SUPPLIES",
  "EMPLOYS",
  "ACCUSES",
  "TRADES_WITH",
  "RELATED",
  "CO_MENTIONED",
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/**
 * A claim is a link the text states (typed, or RELATED with its phrase as `label`); a co-mention only records
 * that two entities are named in one sentence with no claim between them. They are kept apart everywhere.
 */
export type RelationKind = "claim" | "co-mention";

/** How exactly a publication date is known. */
export type DatePrecision = "day" | "month" | "year" | "unknown";

export interface PublishedDate {
  /** ISO prefix matching the precision: "2024-08-21", "2023-10", "2020", or null when unknown. */
  value: string | null;
  precision: DatePrecision;
  note?: string;
}

/** A half-open character range [start, end) into an article's stored text. */
export interface Span {
  start: number;
  end: number;
}

export interface ArticleMeta {
  id: string;
  title: string;
  source: string | null;
  url: string | null;
  published: PublishedDate;
  authors: string[];
  language: string;
}

/** One kept run of the cleaned text and where it came from in the file body. */
export interface OffsetSegment {
  textStart: number;
  bodyStart: number;
  length: number;
}

export interface Article extends ArticleMeta {
  path: string;
  /** Cleaned text: offsets of sentences, mentions and evidence index into this string. */
  text: string;
  /** Maps ranges of `text` back to the file body (after the header). */
  offsetMap: OffsetSegment[];
  /** Lines dropped as boilerplate (bylines, captions, contact lines), with their body offsets. */
  dropped: Array<Span & { text: string; reason: string }>;
}

export interface Sentence extends Span {
  index: number;
  text: string;
}

/** A span of text recognised as naming something, before resolution. */
export interface Mention extends Span {
  text: string;
  type: EntityType;
  sentenceIndex: number;
  /** Which detector found it: gazetteer, pattern, names, lexicon. */
  detector: string;
  /** Gazetteer entry id when the detector knew the thing. */
  entryId?: string;
  /** Extra facts a detector read (amount bounds, resolution number…). */
  attributes?: Record<string, string | number>;
}

/** A mention after resolution: it now points at one entity. */
export interface ResolvedMention extends Mention {
  entityId: string;
}

export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  lat?: number;
  lon?: number;
  attributes?: Record<string, string | number>;
}

export interface Evidence extends Span {
  article: string;
  sentence: string;
  rule: string;
  confidence: number;
}

/** One relation as found in one sentence. */
export interface RelationFinding {
  source: string;
  type: string;
  target: string;
  /** Absent means "claim" (older rules); co-mentions always say so. */
  kind?: RelationKind;
  /** The relation phrase as written ("moored beside"), kept for RELATED claims and shown as their label. */
  label?: string;
  evidence: Evidence;
  /** Ordered route chains: all legs of one path share routeId. */
  routeId?: string;
  legIndex?: number;
  attributes?: Record<string, string | number>;
}

/** A relation merged across sentences and articles. */
export interface Relation {
  source: string;
  type: string;
  target: string;
  kind: RelationKind;
  label?: string;
  confidence: number;
  evidence: Evidence[];
  routeId?: string;
  legIndex?: number;
  attributes?: Record<string, string | number>;
}

/** Per-article summary of one entity's mentions, for the write stage. */
export interface ArticleMentions {
  article: string;
  entity: string;
  count: number;
  spans: Array<Span & { text: string }>;
}

export interface Skipped {
  path: string;
  reason: string;
  message: string;
}

export interface CorpusExtraction {
  articles: Article[];
  entities: Entity[];
  relations: Relation[];
  mentions: ArticleMentions[];
  skipped: Skipped[];
  warnings: string[];
}
