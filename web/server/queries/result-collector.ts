/**
 * Gathers the records of a query into both views at once: a table (columns, rows of plain JSON values) and a
 * graph (every node, relationship and path found anywhere in the rows, inside lists and maps too), stopping at a
 * cap on rows or on distinct nodes and saying which cap cut it.
 */
import {
  isDuration,
  isLocalTime,
  isNode,
  isPath,
  isRelationship,
  isTime,
  type Record as Neo4jRecord,
  type Node,
  type Relationship,
} from "neo4j-driver";
import type { GraphEdge, GraphNode } from "../../shared/api-types.ts";
import type { Truncation } from "../../shared/query-types.ts";
import { plainValue, toGraphEdge, toGraphNode } from "../neo4j/graph-mapping.ts";

export interface ResultCaps {
  maxRows: number;
  maxNodes: number;
  /** Cap on the rows' size as JSON: 600 rows of 1 MiB strings must not become a 600 MiB answer. */
  maxBytes: number;
}

export class ResultCollector {
  readonly rows: unknown[][] = [];
  readonly nodes = new Map<string, GraphNode>();
  readonly edges = new Map<string, GraphEdge>();
  columns: string[] = [];
  truncated: Truncation | null = null;
  private bytes = 0;

  constructor(private readonly caps: ResultCaps) {}

  /** Adds one record; false (with `truncated` set) when a cap is reached and reading should stop. */
  add(record: Neo4jRecord): boolean {
    if (this.rows.length === 0) this.columns = [...record.keys] as string[];
    if (this.rows.length >= this.caps.maxRows) {
      return this.cut("rows", this.caps.maxRows, `The result was cut at ${this.caps.maxRows} rows`);
    }
    const found = { nodes: new Map<string, Node>(), relationships: new Map<string, Relationship>() };
    for (const value of record.values()) collectGraph(value, found);
    const newNodes = [...found.nodes.keys()].filter((id) => !this.nodes.has(id));
    if (this.nodes.size + newNodes.length > this.caps.maxNodes) {
      return this.cut("nodes", this.caps.maxNodes, `The result was cut at ${this.caps.maxNodes} nodes`);
    }
    const row = [...record.values()].map(plainCell);
    this.bytes += JSON.stringify(row).length;
    if (this.bytes > this.caps.maxBytes) {
      const mib = Math.round((this.caps.maxBytes / 1024 / 1024) * 10) / 10;
      return this.cut("bytes", this.caps.maxBytes, `The result was cut at ${mib} MiB`);
    }
    for (const [id, node] of found.nodes) this.nodes.set(id, toGraphNode(node));
    for (const [id, relationship] of found.relationships) this.edges.set(id, toGraphEdge(relationship));
    this.rows.push(row);
    return true;
  }

  /** Ids of relationship ends that the rows did not return (a query returning only relationships). */
  missingEndpoints(): string[] {
    const ids = new Set<string>();
    for (const edge of this.edges.values()) {
      for (const id of [edge.source, edge.target]) if (!this.nodes.has(id)) ids.add(id);
    }
    return [...ids];
  }

  /** Adds endpoint nodes fetched afterwards, within the node cap; edges left without both ends are dropped. */
  addEndpoints(nodes: Node[]): void {
    for (const node of nodes) {
      if (this.nodes.size >= this.caps.maxNodes) {
        this.cut("nodes", this.caps.maxNodes, `The graph was cut at ${this.caps.maxNodes} nodes`);
        break;
      }
      this.nodes.set(node.elementId, toGraphNode(node));
    }
    for (const [id, edge] of this.edges) {
      if (!this.nodes.has(edge.source) || !this.nodes.has(edge.target)) this.edges.delete(id);
    }
  }

  private cut(by: Truncation["by"], limit: number, what: string): false {
    this.truncated ??= {
      by,
      limit,
      message: `${what}; add a LIMIT or narrow the match to see everything.`,
    };
    return false;
  }
}

type Found = { nodes: Map<string, Node>; relationships: Map<string, Relationship> };

function collectGraph(value: unknown, found: Found): void {
  if (isNode(value)) found.nodes.set(value.elementId, value);
  else if (isRelationship(value)) found.relationships.set(value.elementId, value);
  else if (isPath(value)) {
    found.nodes.set(value.start.elementId, value.start);
    for (const segment of value.segments) {
      found.relationships.set(segment.relationship.elementId, segment.relationship);
      found.nodes.set(segment.end.elementId, segment.end);
    }
  } else if (Array.isArray(value)) for (const item of value) collectGraph(item, found);
  else if (isPlainMap(value)) for (const item of Object.values(value)) collectGraph(item, found);
}

/** A cell of the table as JSON: nodes and relationships in the graph shapes, paths as their parts. */
export function plainCell(value: unknown): unknown {
  if (isNode(value)) return toGraphNode(value);
  if (isRelationship(value)) return toGraphEdge(value);
  if (isPath(value)) {
    return {
      nodes: [value.start, ...value.segments.map((segment) => segment.end)].map(toGraphNode),
      edges: value.segments.map((segment) => toGraphEdge(segment.relationship)),
    };
  }
  if (isDuration(value) || isTime(value) || isLocalTime(value)) return value.toString();
  if (Array.isArray(value)) return value.map(plainCell);
  if (isPlainMap(value)) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, plainCell(item)]));
  }
  return plainValue(value);
}

function isPlainMap(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype;
}
