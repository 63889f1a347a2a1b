/**
 * A fingerprint of the whole graph's contents (labels, properties, relationship types and ends by business id),
 * independent of internal element ids: two graphs with the same checksum hold the same data.
 */
import { createHash } from "node:crypto";
import type { Driver } from "neo4j-driver";
import { TEST_DATABASE } from "./database.ts";

const NODES =
  "MATCH (n) UNWIND labels(n) AS label WITH n, label ORDER BY label RETURN collect(label) AS labels, properties(n) AS props";

const RELATIONSHIPS = `
  MATCH (a)-[r]->(b)
  RETURN type(r) AS type, coalesce(a.id, elementId(a)) AS from, coalesce(b.id, elementId(b)) AS to,
         properties(r) AS props`;

export async function graphChecksum(driver: Driver): Promise<string> {
  const nodes = await rows(driver, NODES);
  const relationships = await rows(driver, RELATIONSHIPS);
  const lines = [...nodes, ...relationships].map(canonical).sort();
  return createHash("sha256").update(lines.join("\n")).digest("hex");
}

async function rows(driver: Driver, cypher: string): Promise<Record<string, unknown>[]> {
  const { records } = await driver.executeQuery(cypher, {}, { database: TEST_DATABASE });
  return records.map((record) => record.toObject());
}

/** JSON with object keys sorted and list order kept, so that equal contents give equal text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value).sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}
