import { execFile } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { createArticleText } from "./factories.ts";

const run = promisify(execFile);
const CLI = new URL("../../../graph-loader/cli/extract.ts", import.meta.url).pathname;
const TSX = new URL("../../../node_modules/.bin/tsx", import.meta.url).pathname;

describe("extract command", () => {
  it("prints only JSON on stdout, reports skips on stderr and exits non-zero", async () => {
    const dir = await mkdtemp(join(tmpdir(), "extract-cli-"));
    await writeFile(
      join(dir, "good.md"),
      createArticleText({ id: "good", body: "North Korea sent 40 workers to Russia." }),
    );
    await writeFile(join(dir, "empty.txt"), "");
    const result = await run(TSX, [CLI, dir, "--json"]).then(
      () => ({ code: 0, stdout: "", stderr: "" }),
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/skipped: .*empty\.txt \(empty\)/);
    const json = JSON.parse(result.stdout) as {
      articles: Array<{ id: string; title: string; published: string | null }>;
      entities: Array<{ id: string; name: string; type: string; aliases: string[] }>;
      relations: Array<{
        source: string;
        type: string;
        target: string;
        kind: string;
        confidence: number;
        evidence: Array<{ article: string; sentence: string; confidence: number }>;
      }>;
    };
    expect(json.articles).toEqual([
      expect.objectContaining({ id: "good", title: "A test article", published: null }),
    ]);
    expect(json.entities.map((e) => e.id)).toEqual(
      expect.arrayContaining(["country:north-korea", "country:russia"]),
    );
    expect(json.relations).toContainEqual(
      expect.objectContaining({
        source: "country:north-korea",
        type: "DISPATCHES_WORKERS_TO",
        target: "country:russia",
        kind: "claim",
        confidence: expect.any(Number),
        evidence: [
          expect.objectContaining({ article: "good", sentence: "North Korea sent 40 workers to Russia." }),
        ],
      }),
    );
  }, 30_000);
});
