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
    // Each node and relationship is converted once, for the graph and every cell that holds it.
    const converted: GraphShapes = {
      node: (node) => this.nodes.get(node.elementId) ?? remember(convertedNodes, node, toGraphNode),
      edge: (relationship) =>
        this.edges.get(relationship.elementId) ?? remember(convertedEdges, relationship, toGraphEdge),
    };
    const convertedNodes = new Map<string, GraphNode>();
    const convertedEdges = new Map<string, GraphEdge>();
    const row = [...record.values()].map((value) => plainCell(value, converted));
    this.bytes += JSON.stringify(row).length;
    if (this.bytes > this.caps.maxBytes) {
      const mib = Math.round((this.caps.maxBytes / 1024 / 1024) * 10) / 10;
      return this.cut("bytes", this.caps.maxBytes, `The result was cut at ${mib} MiB`);
    }
    for (const node of found.nodes.values()) this.nodes.set(node.elementId, converted.node(node));
    for (const relationship of found.relationships.values()) {
      this.edges.set(relationship.elementId, converted.edge(relationship));
    }
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

/** How a cell's nodes and relationships become their graph shapes. */
interface GraphShapes {
  node(node: Node): GraphNode;
  edge(relationship: Relationship): GraphEdge;
}

const CONVERT_EACH: GraphShapes = { node: toGraphNode, edge: toGraphEdge };

function remember<T extends Node | Relationship, S>(
  seen: Map<string, S>,
  value: T,
  convert: (value: T) => S,
): S {
  let shape = seen.get(value.elementId);
  if (shape === undefined) {
    shape = convert(value);
    seen.set(value.elementId, shape);
  }
  return shape;
}

/** A cell of the table as JSON: nodes and relationships in the graph shapes, paths as their parts. */
export function plainCell(value: unknown, shapes: GraphShapes = CONVERT_EACH): unknown {
  if (typeof value !== "object" || value === null) return plainValue(value);
  if (isNode(value)) return shapes.node(value);
  if (isRelationship(value)) return shapes.edge(value);
  if (isPath(value)) {
    return {
      nodes: [value.start, ...value.segments.map((segment) => segment.end)].map((node) => shapes.node(node)),
      edges: value.segments.map((segment) => shapes.edge(segment.relationship)),
    };
  }
  if (isDuration(value) || isTime(value) || isLocalTime(value)) return value.toString();
  if (Array.isArray(value)) return value.map((item) => plainCell(item, shapes));
  if (isPlainMap(value)) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, plainCell(item, shapes)]));
  }
  return plainValue(value);
}

function isPlainMap(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype;
}
