import fs from "node:fs";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CypherLintResponse, GraphSchema } from "../../../web/shared/query-types.ts";
import { testApi } from "../support/api.ts";
import { resetDatabase, testDriver } from "../support/database.ts";
import { createGraph } from "./support/graph-factory.ts";
import { post } from "./support/query-api.ts";
import { WORKER_CORRIDOR } from "./support/worker-corridor.ts";

const WORKER_ROUTES = path.resolve(import.meta.dirname, "../../../cypher/worker-routes.cypher");

describe("the editor's lint and schema routes", () => {
  let driver: Driver;
  let api: ReturnType<typeof testApi>;

  beforeAll(async () => {
    driver = testDriver();
    await resetDatabase(driver);
    await createGraph(driver, WORKER_CORRIDOR);
    api = testApi(driver);
  });
  afterAll(() => driver.close());

  const lint = async (query: string) => {
    const response = await post(api, "/cypher/lint", { query });
    expect(response.status).toBe(200);
    return (await response.json()) as CypherLintResponse;
  };

  it("accepts Cypher 5 that the server accepts (quantified paths, EXISTS subqueries) without running it", async () => {
    const text = fs.readFileSync(WORKER_ROUTES, "utf8");
    expect(await lint(text)).toEqual({ problems: [] });
    expect(await lint("")).toEqual({ problems: [] });
  });

  it("reports a syntax error with its position, and a write as refused", async () => {
    const { problems } = await lint("MATCH (n:Entity RETURN n");
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: "cypher_syntax", position: { line: 1, column: 17 } });
    const write = await lint("MATCH (n) DETACH DELETE n");
    expect(write.problems[0]?.code).toBe("query_refused");
    const { records } = await driver.executeQuery("MATCH (n) RETURN count(n) AS n");
    expect(Number(records[0]?.get("n"))).toBeGreaterThan(0);
  });

  it("lists the live labels, relationship types and property keys", async () => {
    const response = await api.request("/cypher/schema");
    const schema = (await response.json()) as GraphSchema;
    expect(schema.labels).toEqual(expect.arrayContaining(["Entity", "Place", "Country"]));
    expect(schema.relationshipTypes).toContain("ROUTE_LEG");
    expect(schema.propertyKeys).toContain("name");
  });
});
