/**
 * Limits checked before Neo4j sees anything: a query nested too deeply, parameters nested too deeply or too
 * large, and request bodies over the cap get a 4xx that says what to change, never a 5xx or a stack overflow; a
 * huge body is refused without being read to its end.
 */
import http from "node:http";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningServer, startServer } from "../../../web/server/serve.ts";
import type { ApiErrorBody } from "../../../web/shared/api-types.ts";
import { runCypher } from "../queries/support/query-api.ts";
import { testApi, testDeps } from "../support/api.ts";
import { resetDatabase, testDriver } from "../support/database.ts";

function nestedArray(depth: number): unknown {
  let value: unknown = 1;
  for (let level = 0; level < depth; level++) value = [value];
  return value;
}

describe("static limits on requests", () => {
  let driver: Driver;
  let api: ReturnType<typeof testApi>;
  let server: RunningServer;

  beforeAll(async () => {
    driver = testDriver();
    await resetDatabase(driver);
    api = testApi(driver);
    server = await startServer(testDeps(driver), { host: "127.0.0.1", port: 0, log: () => {} });
  });
  afterAll(async () => {
    await server?.close();
    await driver.close();
  });

  it("refuses 500 nested parentheses with a 400 naming the limit, and keeps answering", async () => {
    const deep = `RETURN ${"(".repeat(500)}1${")".repeat(500)} AS x`;
    const { status, body } = await runCypher(api, deep);
    expect(status).toBe(400);
    expect(body.error.code).toBe("query_too_deep");
    expect(body.error.message).toMatch(/nested more than 64 levels/);
    const fine = await runCypher(api, `RETURN ${"(".repeat(20)}1${")".repeat(20)} AS x`);
    expect(fine.status).toBe(200);
    expect(fine.body.rows).toEqual([[1]]);
  });

  it("does not count brackets inside strings or comments", async () => {
    const text = "(".repeat(200);
    const { status, body } = await runCypher(api, `// ${text}\nRETURN '${text}' AS s /* ${text} */`);
    expect(status).toBe(200);
    expect(body.rows).toEqual([[text]]);
  });

  it.each([50_000, 3_000, 40])("refuses a %i-deep array parameter with a 400", async (depth) => {
    // Written out by hand: JSON.stringify itself overflows the stack on such a value.
    const text = `{"query": "RETURN $p AS p", "params": {"p": ${"[".repeat(depth)}1${"]".repeat(depth)}}}`;
    const response = await api.request("/cypher", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: text,
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as ApiErrorBody;
    expect(body.error.code).toBe("invalid_params");
    expect(body.error.message).toMatch(/nested more than 32 levels/);
  });

  it("accepts a parameter nested within the limit", async () => {
    const { status, body } = await runCypher(api, "RETURN $p AS p", { p: nestedArray(10) });
    expect(status).toBe(200);
    expect(body.rows).toEqual([[nestedArray(10)]]);
  });

  it("refuses parameters over 256 KiB with a 400 that gives the limit", async () => {
    const { status, body } = await runCypher(api, "RETURN size($p) AS n", { p: "x".repeat(300 * 1024) });
    expect(status).toBe(400);
    expect(body.error.code).toBe("invalid_params");
    expect(body.error.message).toMatch(/256 KiB/);
  });

  it("answers a body over 1 MiB with a 413 that names the limit", async () => {
    const response = await api.request("/cypher", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ query: "RETURN $p AS p", params: { p: "x".repeat(2 * 1024 * 1024) } }),
    });
    expect(response.status).toBe(413);
    const body = (await response.json()) as ApiErrorBody;
    expect(body.error.code).toBe("body_too_large");
    expect(body.error.message).toMatch(/1 MiB/);
  });

  it("stops reading a streamed 300 MB body soon after the cap", async () => {
    let sent = 0;
    const chunk = new Uint8Array(64 * 1024).fill(0x20);
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 300_000_000) return controller.close();
        sent += chunk.length;
        controller.enqueue(chunk);
      },
    });
    const response = await api.request("/cypher", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: stream,
      duplex: "half",
    } as RequestInit);
    expect(response.status).toBe(413);
    expect(sent).toBeLessThan(8 * 1024 * 1024);
  });

  it("refuses a declared 300 MB body over HTTP before it arrives", async () => {
    const { port } = new URL(server.url);
    const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const request = http.request(
        {
          host: "127.0.0.1",
          port,
          path: "/api/cypher",
          method: "POST",
          headers: { "Content-Type": "application/json", "Content-Length": "300000000" },
        },
        (response) => {
          let text = "";
          response.on("data", (data) => {
            text += data;
          });
          response.on("end", () => {
            resolve({ status: response.statusCode ?? 0, body: text });
            request.destroy();
          });
        },
      );
      request.on("error", reject);
      request.write('{"query": "RETURN 1", "params": {"p": "');
    });
    expect(status).toBe(413);
    expect((JSON.parse(body) as ApiErrorBody).error.message).toMatch(/1 MiB/);
  });

  it("keeps the cap set by GRAPHBRIEF_MAX_BODY, over HTTP and before the body is parsed", async () => {
    const small = await startServer(testDeps(driver), {
      host: "127.0.0.1",
      port: 0,
      maxBodyBytes: 64 * 1024,
      log: () => {},
    });
    try {
      const run = (size: number) =>
        fetch(new URL("/api/cypher", small.url), {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ query: "RETURN size($p) AS n", params: { p: "x".repeat(size) } }),
        });
      const over = await run(100 * 1024);
      expect(over.status).toBe(413);
      expect(((await over.json()) as ApiErrorBody).error).toMatchObject({
        code: "body_too_large",
        message: expect.stringMatching(/larger than 64 KiB/),
      });
      // Not even JSON: the cap answers before anything tries to parse it.
      const garbage = await fetch(new URL("/api/cypher", small.url), {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: "{".repeat(100 * 1024),
      });
      expect(garbage.status).toBe(413);
      const under = await run(32 * 1024);
      expect(under.status).toBe(200);
      expect(((await under.json()) as { rows: unknown[][] }).rows).toEqual([[32 * 1024]]);
    } finally {
      await small.close();
    }
  });
});
