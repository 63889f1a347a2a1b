import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadArticles } from "../../../graph-loader/load.ts";
import { DEFAULT_ARTICLES_DIR } from "../../../graph-loader/pipeline.ts";
import { resetDatabase, TEST_DATABASE, testDriver } from "../support/database.ts";

describe("loading a folder with bad files", () => {
  let driver: Driver;
  let dir: string;

  beforeAll(async () => {
    driver = testDriver();
    await resetDatabase(driver);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "graphbrief-bad-"));
    const good = fs.readFileSync(path.join(DEFAULT_ARTICLES_DIR, "000_c52d55ddee45837f.md"));
    fs.writeFileSync(path.join(dir, "good.md"), good);
    fs.writeFileSync(path.join(dir, "empty.txt"), "");
    fs.writeFileSync(path.join(dir, "binary.txt"), Buffer.from([0, 1, 2, 3, 0, 255, 0, 7]));
    fs.writeFileSync(path.join(dir, "latin1.txt"), Buffer.from("Caf\xe9 workers in Pyongyang.\n", "latin1"));
    fs.writeFileSync(path.join(dir, "huge.txt"), "Workers went to Russia. ".repeat(900_000));
    fs.writeFileSync(path.join(dir, "broken-header.md"), "---\ntitle: [unclosed\n---\nText about Dandong.\n");
    // Same file name stem, hence the same article id.
    fs.writeFileSync(path.join(dir, "good.txt"), good);
  });
  afterAll(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    await driver.close();
  });

  it("skips each bad file with its reason and loads the rest", async () => {
    const result = await loadArticles(driver, [dir], { database: TEST_DATABASE });
    const reasons = Object.fromEntries(result.skipped.map((s) => [path.basename(s.path), s.reason]));
    expect(reasons).toEqual({
      "empty.txt": "empty",
      "binary.txt": "binary",
      "latin1.txt": "not-utf8",
      "huge.txt": "too-large",
      "broken-header.md": "broken-header",
      "good.txt": "duplicate-id",
    });
    for (const skipped of result.skipped) expect(skipped.message).toContain(path.basename(skipped.path));
    const { records } = await driver.executeQuery(
      "MATCH (a:Article) RETURN count(a) AS n",
      {},
      {
        database: TEST_DATABASE,
      },
    );
    expect(records[0]?.get("n")).toBe(1);
    expect(result.written.relations).toBeGreaterThan(0);
  });
});
