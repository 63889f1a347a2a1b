import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testApi } from "../support/api.ts";
import { resetDatabase, testDriver } from "../support/database.ts";
import { createGraph } from "./support/graph-factory.ts";
import { nodeNames, post, rowObjects, runCypher } from "./support/query-api.ts";
import { WORKER_CORRIDOR } from "./support/worker-corridor.ts";

describe("POST /api/cypher and saved-query errors", () => {
  let driver: Driver;
  let api: ReturnType<typeof testApi>;

  beforeAll(async () => {
    driver = testDriver();
    await resetDatabase(driver);
    await createGraph(driver, WORKER_CORRIDOR);
    api = testApi(driver);
  });
  afterAll(() => driver.close());

  it("answers with a table of plain values and the graph of the paths in it", async () => {
    const { status, body } = await runCypher(
      api,
      "MATCH p = (:Place {name: $from})-[:ROUTE_LEG]->(next) RETURN p, next.name AS next, $n AS n ORDER BY next",
      { from: "Pyongyang", n: 3 },
    );
    expect(status).toBe(200);
    expect(body.columns).toEqual(["p", "next", "n"]);
    expect(rowObjects(body).map((row) => row.next)).toEqual(["Dandong", "Dandong"]);
    expect(rowObjects(body)[0]?.n).toBe(3);
    expect(nodeNames(body)).toEqual(["Dandong", "Pyongyang"]);
    expect(body.graph.edges).toHaveLength(2);
    expect(body.truncated).toBeNull();
  });

  it("fetches the ends of relationships returned on their own", async () => {
    const { body } = await runCypher(api, "MATCH ()-[r:LOCATED_IN]->(:Country {name: 'Russia'}) RETURN r");
    expect(nodeNames(body)).toEqual(["Russia", "Vladivostok"]);
    expect(body.graph.edges).toHaveLength(1);
  });

  it("runs a read that names its Cypher version", async () => {
    const { status, body } = await runCypher(
      api,
      "CYPHER 5 MATCH (e:Place {name: 'Harbin'}) RETURN e.name AS name",
    );
    expect(status).toBe(200);
    expect(body.rows).toEqual([["Harbin"]]);
  });

  it("allows the read-only procedures", async () => {
    const { status, body } = await runCypher(api, "CALL db.labels() YIELD label RETURN label ORDER BY label");
    expect(status).toBe(200);
    expect(body.rows.flat()).toEqual(expect.arrayContaining(["Article", "Entity", "Evidence", "Place"]));
  });

  it("gives a syntax error's position in the query as written", async () => {
    const query = "MATCH (n:Entity)\nWHERE n.name = 'Harbin'\nRETRUN n";
    const { status, body } = await runCypher(api, query);
    expect(status).toBe(400);
    const error = body.error as { code: string; message: string; position?: unknown };
    expect(error.code).toBe("cypher_syntax");
    expect(error.position).toEqual({ line: 3, column: 1, offset: query.indexOf("RETRUN") });
    expect(error.message).toMatch(/Invalid input 'RETRUN'.*\(line 3, column 1\)$/);
  });

  it.each([
    ["an empty query", { query: "  " }, "invalid_request"],
    ["a query that is not a string", { query: 3 }, "invalid_request"],
    ["a bad parameter name", { query: "RETURN 1", params: { "a b": 1 } }, "invalid_params"],
    ["a missing parameter", { query: "RETURN $missing AS x" }, "query_error"],
  ])("answers %s with a 400", async (_label, body, code) => {
    const response = await post(api, "/cypher", body);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe(code);
  });

  it("answers invalid JSON with a 400", async () => {
    const response = await api.request("/cypher", { method: "POST", body: "{not json" });
    expect(response.status).toBe(400);
  });

  it("answers an unknown saved query with a 404 and bad parameters with a 400 naming them", async () => {
    expect((await post(api, "/queries/no-such-query/run", {})).status).toBe(404);
    expect((await post(api, "/queries/..%2Fpackage/run", {})).status).toBe(400);
    const response = await post(api, "/queries/entity-neighbourhood/run", { params: { depth: 9 } });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/depth/);
  });
});
