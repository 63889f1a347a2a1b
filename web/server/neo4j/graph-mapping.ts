/**
 * Turns driver values (nodes, relationships, temporal and spatial values) into the API's plain JSON shapes.
 */
import neo4j, { isDate, isDateTime, isLocalDateTime, isNode, isPoint, isRelationship } from "neo4j-driver";
import type { ExactInteger, GraphEdge, GraphNode, NonFiniteFloat } from "../../shared/api-types.ts";
import { visibleText } from "../../shared/visible-text.ts";

export function toGraphNode(value: unknown): GraphNode {
  if (!isNode(value)) throw new TypeError("expected a Neo4j node");
  const properties = plainProperties(value.properties);
  return {
    id: value.elementId,
    labels: value.labels,
    name: displayName(properties, value.labels),
    properties,
  };
}

export function toGraphEdge(value: unknown): GraphEdge {
  if (!isRelationship(value)) throw new TypeError("expected a Neo4j relationship");
  return {
    id: value.elementId,
    source: value.startNodeElementId,
    target: value.endNodeElementId,
    type: value.type,
    properties: plainProperties(value.properties),
  };
}

/** A loop of assignments, several times faster than Object.fromEntries on every node and edge of an answer. */
export function plainProperties(properties: Record<string, unknown>): Record<string, unknown> {
  const plain: Record<string, unknown> = {};
  for (const key of Object.keys(properties)) {
    const value = plainValue(properties[key]);
    // Assigning `__proto__` would set the object's prototype instead of keeping the property.
    if (key === "__proto__")
      Object.defineProperty(plain, key, { value, enumerable: true, writable: true, configurable: true });
    else plain[key] = value;
  }
  return plain;
}

/**
 * A driver value as JSON that means the same: integers past 2^53 (which a JSON number would round) and NaN or
 * ±Infinity (which JSON has not) as exact text marked `$integer` / `$float`, points with their height when 3-D.
 */
export function plainValue(value: unknown): unknown {
  if (typeof value === "number") {
    return Number.isFinite(value) ? value : { $float: String(value) as NonFiniteFloat["$float"] };
  }
  if (typeof value === "bigint") {
    return Number.isSafeInteger(Number(value)) ? Number(value) : exactInteger(value.toString());
  }
  // Strings, booleans and null as they are, before the driver's type tests: those look a symbol up on the value,
  // slow on a string primitive, and were most of the time spent converting a query's answer.
  if (typeof value !== "object" || value === null) return value;
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : exactInteger(value.toString());
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value)) return value.toString();
  if (isPoint(value)) {
    const point = { x: value.x, y: value.y, srid: Number(value.srid) };
    return value.z === undefined ? point : { ...point, z: value.z };
  }
  if (Array.isArray(value)) return value.map(plainValue);
  return value;
}

function exactInteger(text: string): ExactInteger {
  return { $integer: text };
}

function displayName(properties: Record<string, unknown>, labels: string[]): string {
  const name = properties.name ?? properties.title ?? properties.id;
  return typeof name === "string" ? visibleText(name) : (labels[0] ?? "node");
}

/** Cypher wants integers for LIMIT and SKIP; JavaScript numbers travel as floats unless wrapped. */
export function cypherInt(value: number) {
  return neo4j.int(Math.trunc(value));
}
