import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { ApiErrorBody } from "../../../web/shared/api-types.ts";
import { testApi } from "../support/api.ts";
import { resetDatabase, testDriver } from "../support/database.ts";
import { createGraph } from "./support/graph-factory.ts";
import { post, rowObjects, runCypher } from "./support/query-api.ts";
import { WORKER_CORRIDOR } from "./support/worker-corridor.ts";

const HEADER = "// name: places\n// title: Places\n// view: table\n";
const READ = "MATCH (p:Place) RETURN p.name AS place ORDER BY place LIMIT 3";
const WRITE = "MATCH (p:Place) SET p.name = 'overwritten' RETURN p.name AS place";

/** A driver that counts the sessions opened through it: the read-only check opens one, the run another. */
function countingDriver(driver: Driver): { driver: Driver; sessions(): number } {
  let sessions = 0;
  const counting = new Proxy(driver, {
    get(target, property, receiver) {
      if (property === "session") {
        return (...args: Parameters<Driver["session"]>) => {
          sessions++;
          return target.session(...args);
        };
      }
      return Reflect.get(target, property, receiver);
    },
  });
  return { driver: counting, sessions: () => sessions };
}

describe("saved queries keep their read-only verdict per exact text", () => {
  let driver: Driver;
  let counted: ReturnType<typeof countingDriver>;
  let dir: string;
  let api: ReturnType<typeof testApi>;
  const file = () => path.join(dir, "places.cypher");
  const run = () => post(api, "/queries/places/run", { params: {} });

  beforeAll(async () => {
    driver = testDriver();
    await resetDatabase(driver);
    await createGraph(driver, WORKER_CORRIDOR);
  });
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "graphbrief-verdicts-"));
    counted = countingDriver(driver);
    api = testApi(counted.driver, { queriesDir: dir });
  });
  afterAll(() => driver.close());

  it("checks a saved query on its first run only, and again once its file changes", async () => {
    fs.writeFileSync(file(), `${HEADER}${READ}\n`);
    expect((await run()).status).toBe(200);
    expect(counted.sessions()).toBe(2);
    const again = await run();
    expect(again.status).toBe(200);
    expect(rowObjects(await again.json()).length).toBeGreaterThan(0);
    expect(counted.sessions()).toBe(3);

    // The same name, a new text that writes: the cached verdict of the old text must not let it through.
    fs.writeFileSync(file(), `${HEADER}${WRITE}\n`);
    const refused = await run();
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as ApiErrorBody).error.code).toBe("query_refused");
    expect((await run()).status).toBe(403);
    const { records } = await driver.executeQuery(
      "MATCH (p:Place {name: 'overwritten'}) RETURN count(p) AS n",
      {},
      { database: "neo4j" },
    );
    expect(records[0]?.get("n")).toBe(0);
  });

  it("checks ad-hoc Cypher on every run, even a text a saved query was trusted with", async () => {
    fs.writeFileSync(file(), `${HEADER}${READ}\n`);
    await run();
    await run();
    const before = counted.sessions();
    for (let i = 0; i < 2; i++) expect((await runCypher(api, READ)).status).toBe(200);
    expect(counted.sessions() - before).toBe(4);
    expect((await runCypher(api, WRITE)).status).toBe(403);
  });
});
