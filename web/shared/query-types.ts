/**
 * Shapes of the saved-query and Cypher API (`/api/queries`, `/api/cypher`), shared by server and client (types only).
 */
import type { GraphEdge, GraphNode } from "./api-types.ts";

export type QueryParamType = "string" | "int" | "float" | "boolean";
export type QueryParamValue = string | number | boolean;
export type QueryView = "graph" | "table";

/** One parameter of a saved query, as its header declares it (`depth: int 1..3 = 2`). */
export interface QueryParamSpec {
  name: string;
  type: QueryParamType;
  /** Bounds: of the value for numbers, of the length for strings. */
  min?: number;
  max?: number;
  /** Absent when the parameter is required. */
  default?: QueryParamValue;
}

export interface SavedQuery {
  name: string;
  title: string;
  description: string;
  params: QueryParamSpec[];
  view: QueryView;
  /** The Cypher below the header. */
  cypher: string;
}

/** A file of the library that could not be read, with where the problem is. */
export interface QueryFileProblem {
  file: string;
  line: number;
  message: string;
}

export interface QueryListResponse {
  queries: SavedQuery[];
  problems: QueryFileProblem[];
}

export interface RunQueryRequest {
  params?: Record<string, unknown>;
}

export interface CypherRequest {
  query: string;
  params?: Record<string, unknown>;
}

export interface SaveQueryRequest {
  name: string;
  title: string;
  description?: string;
  view: QueryView;
  params?: QueryParamSpec[];
  cypher: string;
  /** Replace an existing file of that name (otherwise 409). */
  overwrite?: boolean;
}

/** Why a result is incomplete: which cap cut it and at what size. */
export interface Truncation {
  by: "rows" | "nodes" | "bytes";
  limit: number;
  message: string;
}

export interface QueryResult {
  columns: string[];
  /** One array per row, values in column order, as plain JSON (nodes and relationships as graph objects). */
  rows: unknown[][];
  graph: { nodes: GraphNode[]; edges: GraphEdge[] };
  truncated: Truncation | null;
  elapsedMs: number;
}

/** Where a Cypher error is, 1-based line and column, 0-based offset into the query text. */
export interface CypherPosition {
  line: number;
  column: number;
  offset: number;
}

/** One problem the server's planner finds in a query (`POST /api/cypher/lint`). */
export interface CypherProblem {
  code: string;
  message: string;
  position?: CypherPosition;
}

export interface CypherLintResponse {
  /** Empty when the server would accept the query. */
  problems: CypherProblem[];
}

/** What the live graph holds (`GET /api/cypher/schema`), for the editor's completion. */
export interface GraphSchema {
  labels: string[];
  relationshipTypes: string[];
  propertyKeys: string[];
}
