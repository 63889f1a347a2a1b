/**
 * A result nested thousands of levels deep gets a prompt 422 that names the depth limit, never a 500 from a stack
 * overflow in the driver's decoder nor a wait until the deadline while Neo4j, its own stack overflowed, sends
 * nothing; a value within the limit comes back as it is, and the runner's slots stay free for the next query.
 */
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_VALUE_DEPTH } from "../../../web/server/neo4j/value-depth-guard.ts";
import { testApi } from "../support/api.ts";
import { resetDatabase, testDriver } from "../support/database.ts";
import { runCypher } from "./support/query-api.ts";

/** A list nested `depth` levels deep: `[[[...[]...]]]`. */
function nestedList(depth: number): string {
  return `RETURN reduce(l = [], i IN range(1, ${depth - 1}) | [l]) AS deep`;
}

function depthOf(value: unknown): number {
  let depth = 0;
  for (let current = value; Array.isArray(current); current = current[0]) depth++;
  return depth;
}

/** Far below the request deadline (32 s) that a silent database would run into. */
const PROMPT_MS = 10_000;

describe("results nested too deeply", () => {
  let driver: Driver;
  let api: ReturnType<typeof testApi>;

  beforeAll(async () => {
    driver = testDriver();
    await resetDatabase(driver);
    api = testApi(driver);
  });
  afterAll(() => driver.close());

  it.each([3_000, 5_000, 50_000])(
    "answers a list nested %i levels deep at once with a 422 naming the limit",
    async (depth) => {
      const started = performance.now();
      const { status, body } = await runCypher(api, nestedList(depth));
      expect(body.error?.code).toBe("result_too_deep");
      expect(status).toBe(422);
      expect(body.error.message).toBe(
        "The result holds lists or maps nested more than 500 levels deep; return a flatter value (e.g. its size, or UNWIND it into rows).",
      );
      expect(performance.now() - started).toBeLessThan(PROMPT_MS);
      const next = await runCypher(api, "RETURN 1 AS one");
      expect(next.status).toBe(200);
      expect(next.body.rows).toEqual([[1]]);
    },
  );

  it("refuses maps nested too deeply in the same way", async () => {
    const { status, body } = await runCypher(
      api,
      "RETURN reduce(m = {}, i IN range(1, 4000) | {inner: m}) AS deep",
    );
    expect(status).toBe(422);
    expect(body.error.code).toBe("result_too_deep");
  });

  it("returns a list nested exactly to the limit as it is", async () => {
    const { status, body } = await runCypher(api, nestedList(MAX_VALUE_DEPTH));
    expect(status).toBe(200);
    expect(depthOf(body.rows[0]?.[0])).toBe(MAX_VALUE_DEPTH);
    const over = await runCypher(api, nestedList(MAX_VALUE_DEPTH + 1));
    expect(over.status).toBe(422);
  });

  it("keeps the runner's slots free: more deep results than slots, then an ordinary query", async () => {
    const answers = await Promise.all([1, 2, 3].map(() => runCypher(api, nestedList(5_000))));
    expect(answers.map((answer) => answer.status)).toEqual([422, 422, 422]);
    const next = await runCypher(api, "UNWIND range(1, 3) AS i RETURN i");
    expect(next.status).toBe(200);
    expect(next.body.rows).toEqual([[1], [2], [3]]);
  });
});
