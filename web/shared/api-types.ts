/**
 * Shapes of the API's JSON responses, shared by the server and the client (types only, no runtime code).
 */

export interface ApiErrorBody {
  error: { code: string; message: string };
}

export interface HealthResponse {
  status: "ok";
  neo4j: { version: string; edition: string; database: string };
  counts: { nodes: number; relationships: number };
}

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
