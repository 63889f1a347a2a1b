/**
 * Runs the API's Cypher: always in a READ transaction, with a timeout, against the configured database.
 */
import type { Driver, RecordShape } from "neo4j-driver";
import neo4j from "neo4j-driver";

export interface Reader {
  read<T extends RecordShape>(cypher: string, params?: Record<string, unknown>): Promise<T[]>;
}

export interface ReaderOptions {
  database: string;
  timeoutMs?: number;
}

export function createReader(driver: Driver, options: ReaderOptions): Reader {
  const timeout = options.timeoutMs ?? 15_000;
  return {
    async read<T extends RecordShape>(cypher: string, params: Record<string, unknown> = {}) {
      const session = driver.session({ database: options.database, defaultAccessMode: neo4j.session.READ });
      try {
        return await session.executeRead(
          async (tx) => (await tx.run<T>(cypher, params)).records.map((record) => record.toObject()),
          { timeout },
        );
      } finally {
        await session.close();
      }
    },
  };
}
