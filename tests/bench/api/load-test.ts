/**
 * One load test with autocannon: a number of connections sending a scenario's request (or, given several,
 * each connection cycling through them) for a few seconds, giving latency percentiles and requests per second. Any error or non-2xx answer fails the test, so that a figure
 * never measures error responses.
 */
import autocannon from "autocannon";
import { percentile } from "../support/stats.ts";
import type { Scenario } from "./scenarios.ts";
import type { BenchServer } from "./servers.ts";

/** Requests sent before measuring, so that query plans are cached and the JIT has run. */
export const WARM_UP_REQUESTS = 10;

export interface LoadFigures {
  p50: number;
  p95: number;
  p99: number;
  requestsPerSecond: number;
  requests: number;
}

export async function loadTest(
  server: BenchServer,
  scenarios: Scenario | Scenario[],
  /** Either a length in seconds, or a number of requests to send (a warm-up). */
  options: { connections: number; seconds: number } | { connections: number; amount: number },
): Promise<LoadFigures> {
  const list = Array.isArray(scenarios) ? scenarios : [scenarios];
  // autocannon's own histogram has no 95th percentile: collect each response time.
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: server.url,
        requests: list.map((scenario) => ({
          method: scenario.method,
          path: server.pathOf(scenario),
          ...(scenario.body ? { body: scenario.body, headers: { "content-type": "application/json" } } : {}),
        })),
        connections: options.connections,
        ...("amount" in options ? { amount: options.amount } : { duration: options.seconds }),
        // Generous: on a busy machine 64 queued requests can wait long; a timeout fails the whole test.
        timeout: 120,
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
  if (result.errors > 0 || result.non2xx > 0 || result["2xx"] === 0) {
    throw new Error(
      `Load test of ${list.map((scenario) => scenario.name).join(", ")} on ${server.url}: ${result["2xx"]} answers, ${result.non2xx} non-2xx, ${result.errors} errors (${result.timeouts} timeouts).`,
    );
  }
  return {
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    requestsPerSecond: result["2xx"] / result.duration,
    requests: result["2xx"],
  };
}
