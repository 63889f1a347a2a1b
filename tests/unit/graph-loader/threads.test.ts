import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractCorpus, type FileProgress } from "../../../graph-loader/pipeline.ts";
import { inShard, parseShard, ShardSpecError, shardOf } from "../../../graph-loader/threads/shard.ts";

// Samples and the dev split: more than ten articles, light enough for a busy 2-core machine.
const CORPORA = ["graph-loader/articles", "graph-loader/eval/corpus/dev"];

describe("extraction on worker threads", () => {
  let dir: string;
  let paths: string[];

  beforeAll(() => {
    // Besides the corpora: a file that cannot be read, and a copy whose article id is already taken.
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "graphbrief-threads-"));
    fs.writeFileSync(path.join(dir, "empty.md"), "");
    const first = fs.readdirSync("graph-loader/articles").sort()[0] ?? "";
    fs.copyFileSync(path.join("graph-loader/articles", first), path.join(dir, first));
    paths = [...CORPORA, dir];
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("gives exactly the single-thread result, reports in the same order", async () => {
    const reports = { one: [] as FileProgress[], three: [] as FileProgress[] };
    const one = await extractCorpus(paths, { threads: 1, onFile: (p) => reports.one.push(p) });
    const three = await extractCorpus(paths, { threads: 3, onFile: (p) => reports.three.push(p) });
    expect(one.articles.length).toBeGreaterThan(10);
    expect(one.skipped.map((s) => s.reason).sort()).toEqual(["duplicate-id", "empty"]);
    expect(three).toStrictEqual(one);
    expect(reports.three).toStrictEqual(reports.one);
  }, 300_000);

  it("splits a corpus into disjoint shards that together hold every article once", async () => {
    const all = await extractCorpus(CORPORA, { threads: 1 });
    const ids = all.articles.map((a) => a.id);
    const shards = await Promise.all(
      [1, 2, 3].map((index) => extractCorpus(CORPORA, { threads: 1, shard: { index, count: 3 } })),
    );
    const shardIds = shards.map((s) => s.articles.map((a) => a.id));
    expect(shardIds.flat().sort()).toEqual([...ids].sort());
    expect(shardIds.every((list) => list.length > 0)).toBe(true);
    for (const [i, list] of shardIds.entries())
      expect(list.every((id) => shardOf(id, 3) === i + 1 && inShard(id, { index: i + 1, count: 3 }))).toBe(
        true,
      );
  }, 300_000);

  it("reads --shard as N/M and refuses anything else", () => {
    expect(parseShard("2/4")).toEqual({ index: 2, count: 4 });
    for (const bad of ["0/4", "5/4", "2", "a/b", "2/0"])
      expect(() => parseShard(bad)).toThrow(ShardSpecError);
  });
});
