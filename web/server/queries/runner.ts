/**
 * Runs saved and ad-hoc Cypher for people: checked read-only first (EXPLAIN, see read-only.ts), then run in a
 * READ-mode transaction with a timeout, reading records until a row or node cap says stop.
 */
import type { Driver, Node } from "neo4j-driver";
import neo4j from "neo4j-driver";
import type { QueryResult } from "../../shared/query-types.ts";
import { toCypherApiError } from "./cypher-errors.ts";
import { assertReadOnly, type ExplainTarget } from "./read-only.ts";
import { type ResultCaps, ResultCollector } from "./result-collector.ts";

export interface QueryLimits extends ResultCaps {
  timeoutMs: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = { timeoutMs: 15_000, maxRows: 1000, maxNodes: 2000 };

export interface QueryRunner {
  /** Refuses (403) anything that is not provably read-only; does not run it. */
  check(cypher: string, params: Record<string, unknown>): Promise<void>;
  run(cypher: string, params: Record<string, unknown>): Promise<QueryResult>;
}

export function createQueryRunner(driver: Driver, database: string, limits: QueryLimits): QueryRunner {
  const target: ExplainTarget = { driver, database, timeoutMs: limits.timeoutMs };
  const check = (cypher: string, params: Record<string, unknown>) =>
    assertReadOnly(target, cypher, params).catch((error: unknown) => {
      throw toCypherApiError(error, { timeoutMs: limits.timeoutMs, explained: true });
    });
  return {
    check,
    async run(cypher, params) {
      await check(cypher, params);
      const started = performance.now();
      try {
        const collector = await collect(target, cypher, params, limits);
        return {
          columns: collector.columns,
          rows: collector.rows,
          graph: { nodes: [...collector.nodes.values()], edges: [...collector.edges.values()] },
          truncated: collector.truncated,
          elapsedMs: Math.round(performance.now() - started),
        };
      } catch (error) {
        throw toCypherApiError(error, { timeoutMs: limits.timeoutMs, explained: false });
      }
    },
  };
}

const ENDPOINTS = "MATCH (n) WHERE elementId(n) IN $ids RETURN n";

async function collect(
  target: ExplainTarget,
  cypher: string,
  params: Record<string, unknown>,
  caps: ResultCaps,
): Promise<ResultCollector> {
  const session = target.driver.session({ database: target.database, defaultAccessMode: neo4j.session.READ });
  try {
    return await session.executeRead(
      async (tx) => {
        const collector = new ResultCollector(caps);
        const result = tx.run(cypher, params);
        for await (const record of result) {
          if (!collector.add(record)) break;
        }
        if (collector.columns.length === 0) collector.columns = [...(await result.keys())];
        const missing = collector.missingEndpoints();
        if (missing.length > 0) {
          const { records } = await tx.run<{ n: Node }>(ENDPOINTS, { ids: missing });
          collector.addEndpoints(records.map((record) => record.get("n")));
        }
        return collector;
      },
      { timeout: target.timeoutMs },
    );
  } finally {
    await session.close();
  }
}
