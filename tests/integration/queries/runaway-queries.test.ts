/**
 * One long expression must not hold the database: Neo4j neither interrupts it at its timeout nor counts the
 * values it builds against its memory limits, so the local launcher's watchdog stops it, and the API terminates
 * a query still running at its deadline on the server. Meanwhile the app keeps answering.
 */
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testApi } from "../support/api.ts";
import { resetDatabase, TEST_DATABASE, testDriver } from "../support/database.ts";
import { createGraph } from "./support/graph-factory.ts";
import { runCypher } from "./support/query-api.ts";
import { WORKER_CORRIDOR } from "./support/worker-corridor.ts";

const TIMEOUT_MS = 4_000;
/** The watchdog's grace after a termination (2 s) and its period, with room for a busy machine. */
const STOP_MARGIN_MS = 9_000;

/** Asks for health every second while `work` runs; the slowest answer in ms (any status: it must answer). */
async function slowestHealthWhile(api: ReturnType<typeof testApi>, work: Promise<unknown>): Promise<number> {
  let done = false;
  void work.finally(() => {
    done = true;
  });
  let slowest = 0;
  while (!done) {
    const started = performance.now();
    const response = await api.request("/health");
    expect([200, 503]).toContain(response.status);
    slowest = Math.max(slowest, performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  return slowest;
}

async function userTransactions(driver: Driver): Promise<string[]> {
  const { records } = await driver.executeQuery(
    "SHOW TRANSACTIONS YIELD transactionId, metaData WHERE metaData.app = 'graphbrief-user-query' RETURN transactionId",
    {},
    { database: TEST_DATABASE },
  );
  return records.map((record) => record.get("transactionId") as string);
}

describe("runaway user queries", () => {
  let driver: Driver;
  let api: ReturnType<typeof testApi>;

  beforeAll(async () => {
    driver = testDriver();
    await resetDatabase(driver);
    await createGraph(driver, WORKER_CORRIDOR);
    api = testApi(driver, { queryLimits: { timeoutMs: TIMEOUT_MS } });
  });
  afterAll(() => driver.close());

  it("stops a list of 45 million strings before it fills the heap, and health answers meanwhile", async () => {
    const started = performance.now();
    const run = runCypher(api, "RETURN size([x IN range(1, $n) | toString(x)]) AS s", { n: 45_000_000 });
    const slowestHealth = await slowestHealthWhile(api, run);
    const { status, body } = await run;
    expect(["query_timeout", "query_memory_limit"]).toContain(body.error?.code);
    expect([408, 422]).toContain(status);
    expect(performance.now() - started).toBeLessThan(TIMEOUT_MS + STOP_MARGIN_MS);
    expect(slowestHealth).toBeLessThan(5_000);
    expect((await runCypher(api, "RETURN 1 AS one")).body.rows).toEqual([[1]]);
    expect((await api.request("/health")).status).toBe(200);
    expect(await userTransactions(driver)).toEqual([]);
  });

  it("still stops a long expression at its timeout afterwards: a reduce over 400 million numbers", async () => {
    const started = performance.now();
    const { status, body } = await runCypher(
      api,
      "RETURN reduce(total = 0, x IN range(1, 400000000) | total + x % 7) AS total",
    );
    expect(status).toBe(408);
    expect(body.error.code).toBe("query_timeout");
    expect(body.error.message).toMatch(/longer than 4 s/);
    expect(performance.now() - started).toBeLessThan(TIMEOUT_MS + STOP_MARGIN_MS);
  });

  it("stops a regular expression with nested repetition at its timeout, and health answers meanwhile", async () => {
    const started = performance.now();
    // Triply nested repetition: time grows about twelvefold every four characters (3 s at 24); 36 take days.
    const run = runCypher(api, "RETURN $text =~ '((a+)+)+b' AS matched", { text: "a".repeat(36) });
    const slowestHealth = await slowestHealthWhile(api, run);
    const { status, body } = await run;
    expect(status).toBe(408);
    expect(body.error.code).toBe("query_timeout");
    expect(performance.now() - started).toBeLessThan(TIMEOUT_MS + STOP_MARGIN_MS);
    expect(slowestHealth).toBeLessThan(5_000);
    expect((await runCypher(api, "RETURN 'abc' =~ 'a.c' AS matched")).body.rows).toEqual([[true]]);
    expect(await userTransactions(driver)).toEqual([]);
  });

  it("terminates the query's transaction on the server when the request's deadline passes", async () => {
    const patient = testApi(driver, { queryLimits: { timeoutMs: 60_000 }, deadlines: { queryMs: 1_500 } });
    const { status, body } = await runCypher(
      patient,
      "UNWIND range(1, 4000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS none",
    );
    expect(status).toBe(504);
    expect(body.error.code).toBe("query_deadline");
    await expect.poll(() => userTransactions(driver), { timeout: 8_000, interval: 250 }).toEqual([]);
  });

  it("never starts a query whose deadline passed while it waited for a slot", async () => {
    const oneSlot = testApi(driver, {
      queryLimits: { timeoutMs: 60_000, slots: 1 },
      deadlines: { queryMs: 1_500 },
    });
    const endless = "UNWIND range(1, 4000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS none";
    // The second waits behind the first for the only slot, which frees only after its own deadline has passed.
    const [first, second] = await Promise.all([runCypher(oneSlot, endless), runCypher(oneSlot, endless)]);
    expect(first.status).toBe(504);
    expect(second.status).toBe(504);
    await expect.poll(() => userTransactions(driver), { timeout: 8_000, interval: 250 }).toEqual([]);
    // Still none a moment later: the queued query did not start once the slot was free.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(await userTransactions(driver)).toEqual([]);
  });
});
