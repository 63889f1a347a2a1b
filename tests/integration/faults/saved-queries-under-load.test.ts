/**
 * 64 clients at once for 30 seconds, each running the saved queries of cypher/ in turn over real HTTP against
 * the app server wired as `npm start` wires it (same driver settings, same pool): every request must answer 2xx,
 * none may fail on the network. No timing is asserted; the number of requests done is printed.
 */
import os from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { loadConfig } from "../../../config/env.ts";
import { loadArticles } from "../../../graph-loader/load.ts";
import { DEFAULT_ARTICLES_DIR } from "../../../graph-loader/pipeline.ts";
import { connectNeo4j, type Neo4jConnection } from "../../../neo4j/connection.ts";
import { QUERIES_DIR } from "../../../scripts/lib/queries-dir.ts";
import { createReader } from "../../../web/server/neo4j/reader.ts";
import { type RunningServer, startServer } from "../../../web/server/serve.ts";
import type { ArticlesResponse } from "../../../web/shared/api-types.ts";
import type { QueryListResponse, QueryParamValue } from "../../../web/shared/query-types.ts";
import { resetDatabase, TEST_DATABASE, testDriver } from "../support/database.ts";

const CLIENTS = 64;
const DURATION_MS = 30_000;

interface Outcome {
  done: number;
  failures: string[];
  perQuery: Map<string, number>;
}

describe("the saved queries under load", () => {
  let driver: Driver;
  let connection: Neo4jConnection;
  let server: RunningServer;

  beforeAll(async () => {
    driver = testDriver();
    await resetDatabase(driver);
    await loadArticles(driver, [DEFAULT_ARTICLES_DIR], { database: TEST_DATABASE });
    const { uri, user, password } = inject("neo4j");
    const config = loadConfig({ NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password });
    connection = await connectNeo4j(config.neo4j);
    server = await startServer(
      {
        reader: createReader(connection.driver, { database: connection.database }),
        database: connection.database,
        maxNodes: 2000,
        driver: connection.queryDriver,
        queriesDir: QUERIES_DIR,
        savedQueriesDir: path.join(os.tmpdir(), `graphbrief-saved-queries-${process.pid}`),
      },
      { host: "127.0.0.1", port: 0, log: (line) => console.error(line) },
    );
  });
  afterAll(async () => {
    await server?.close();
    await connection?.close();
    await driver?.close();
  });

  it(`answers ${CLIENTS} concurrent clients for ${DURATION_MS / 1000} s without a single error`, async () => {
    const requests = await savedQueryRequests(server.url);
    expect(requests.length).toBeGreaterThanOrEqual(10);
    const outcome = await hammer(server.url, requests);
    console.log(
      `${outcome.done} saved-query requests by ${CLIENTS} clients in ${DURATION_MS / 1000} s: ` +
        [...outcome.perQuery].map(([name, count]) => `${name} ${count}`).join(", "),
    );
    expect(outcome.failures.slice(0, 10)).toEqual([]);
    expect(outcome.done).toBeGreaterThan(CLIENTS);
    expect(outcome.perQuery.size).toBe(requests.length);
  }, 180_000);
});

interface QueryRequest {
  name: string;
  params: Record<string, QueryParamValue>;
}

/**
 * Every saved query with its defaults; a parameter without a default (article-claims' article) gets a value
 * from the loaded graph, since the query cannot run without one.
 */
async function savedQueryRequests(base: string): Promise<QueryRequest[]> {
  const { queries, problems } = (await (
    await fetch(new URL("/api/queries", base))
  ).json()) as QueryListResponse;
  expect(problems).toEqual([]);
  const articles = (await (await fetch(new URL("/api/articles", base))).json()) as ArticlesResponse;
  const known: Record<string, QueryParamValue> = { article: articles.articles[0]?.id ?? "" };
  return queries.map((query) => ({
    name: query.name,
    params: Object.fromEntries(
      query.params.map((param) => [param.name, param.default ?? known[param.name] ?? ""]),
    ),
  }));
}

async function hammer(base: string, requests: QueryRequest[]): Promise<Outcome> {
  const outcome: Outcome = { done: 0, failures: [], perQuery: new Map() };
  const deadline = Date.now() + DURATION_MS;
  let next = 0;
  const client = async () => {
    while (Date.now() < deadline) {
      const request = requests[next++ % requests.length] as QueryRequest;
      const failure = await runOnce(base, request);
      outcome.done++;
      outcome.perQuery.set(request.name, (outcome.perQuery.get(request.name) ?? 0) + 1);
      if (failure) outcome.failures.push(failure);
    }
  };
  await Promise.all(Array.from({ length: CLIENTS }, client));
  return outcome;
}

/** One run of a saved query; a description of what went wrong, or undefined when it answered 2xx. */
async function runOnce(base: string, request: QueryRequest): Promise<string | undefined> {
  try {
    const response = await fetch(new URL(`/api/queries/${request.name}/run`, base), {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ params: request.params }),
    });
    const body = await response.text();
    if (response.status < 200 || response.status >= 300) {
      return `${request.name}: ${response.status} ${body.slice(0, 300)}`;
    }
    return undefined;
  } catch (error) {
    return `${request.name}: network error ${error instanceof Error ? `${error.message} ${String(error.cause ?? "")}` : String(error)}`;
  }
}
