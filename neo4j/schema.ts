/**
 * The Neo4j schema of graphbrief: node labels, relationship types, and the constraints and indexes behind them.
 * Every MERGE key has a uniqueness constraint here; nothing else in the code base creates schema.
 */
import type { Driver } from "neo4j-driver";

export const Label = {
  Article: "Article",
} as const;

const SCHEMA_STATEMENTS = [
  "CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE",
] as const;

/** Creates what is missing; safe to run on every start. */
export async function applySchema(driver: Driver, database: string): Promise<void> {
  for (const statement of SCHEMA_STATEMENTS) {
    await driver.executeQuery(statement, {}, { database });
  }
  await driver.executeQuery("CALL db.awaitIndexes(60)", {}, { database });
}
