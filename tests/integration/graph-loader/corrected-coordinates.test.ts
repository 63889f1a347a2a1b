/**
 * A corrections file's `coordinates` entries reach the database on every load: a place the gazetteer cannot
 * place gets its coordinates, a place it puts wrongly is moved, and loading again (all articles or only one that
 * names the place) keeps the corrected position rather than the gazetteer's.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadArticles } from "../../../graph-loader/load.ts";
import { DEFAULT_ARTICLES_DIR } from "../../../graph-loader/pipeline.ts";
import { resetDatabase, TEST_DATABASE, testDriver } from "../support/database.ts";

const RASON_ARTICLE = path.join(DEFAULT_ARTICLES_DIR, "003_9a49968a5f5a90e1.md");

async function coordinatesOf(driver: Driver, id: string) {
  const { records } = await driver.executeQuery(
    "MATCH (e:Entity {id: $id}) RETURN e.lat AS lat, e.lon AS lon",
    { id },
    { database: TEST_DATABASE },
  );
  expect(records).toHaveLength(1);
  return { lat: records[0]?.get("lat") as number | null, lon: records[0]?.get("lon") as number | null };
}

describe("coordinates from the corrections file", () => {
  let driver: Driver;
  let dir: string;
  let correctionsPath: string;
  const load = (paths: string[]) => loadArticles(driver, paths, { database: TEST_DATABASE, correctionsPath });

  beforeAll(async () => {
    driver = testDriver();
    await resetDatabase(driver);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "graphbrief-coordinates-"));
    correctionsPath = path.join(dir, "corrections.yaml");
    fs.writeFileSync(
      correctionsPath,
      [
        "coordinates:",
        "  - { id: place:hamgyong-provinces, lat: 41.3, lon: 129.2 }",
        "  - { id: place:rason, lat: 42.31, lon: 130.41 }",
      ].join("\n"),
    );
  });
  afterAll(async () => {
    await driver.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("sets and fixes coordinates, and every later load keeps them", async () => {
    await load([DEFAULT_ARTICLES_DIR]);
    expect(await coordinatesOf(driver, "place:hamgyong-provinces")).toEqual({ lat: 41.3, lon: 129.2 });
    expect(await coordinatesOf(driver, "place:rason")).toEqual({ lat: 42.31, lon: 130.41 });
    // Places without an entry keep the gazetteer's coordinates.
    const harbin = await coordinatesOf(driver, "place:harbin");
    expect(harbin.lat).toBeCloseTo(45.75, 1);

    await load([RASON_ARTICLE]);
    expect(await coordinatesOf(driver, "place:rason")).toEqual({ lat: 42.31, lon: 130.41 });
    await load([DEFAULT_ARTICLES_DIR]);
    expect(await coordinatesOf(driver, "place:hamgyong-provinces")).toEqual({ lat: 41.3, lon: 129.2 });
    expect(await coordinatesOf(driver, "place:rason")).toEqual({ lat: 42.31, lon: 130.41 });
  });
});
