/**
 * Helpers for integration tests: a driver to the test Neo4j and a way to start each test from a known graph.
 */
import neo4j, { type Driver } from "neo4j-driver";
import { inject } from "vitest";
import { applySchema } from "../../../neo4j/schema.ts";

export const TEST_DATABASE = "neo4j";

export function testDriver(): Driver {
  const { uri, user, password } = inject("neo4j");
  return neo4j.driver(uri, neo4j.auth.basic(user, password), { disableLosslessIntegers: true });
}

/** Empties the database and puts the schema back, so every test file starts from the same state. */
export async function resetDatabase(driver: Driver): Promise<void> {
  await driver.executeQuery("MATCH (n) DETACH DELETE n", {}, { database: TEST_DATABASE });
  await applySchema(driver, TEST_DATABASE);
}

export async function countGraph(driver: Driver): Promise<{ nodes: number; relationships: number }> {
  const { records } = await driver.executeQuery(
    "CALL { MATCH (n) RETURN count(n) AS nodes } CALL { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships",
    {},
    { database: TEST_DATABASE },
  );
  return { nodes: records[0]?.get("nodes") ?? 0, relationships: records[0]?.get("relationships") ?? 0 };
}
