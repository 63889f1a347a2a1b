import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildGazetteer, loadGazetteer } from "../../../graph-loader/gazetteer/build.ts";
import {
  compiledGazetteerFile,
  compileGazetteer,
  gazetteerSourceHash,
  readCompiledGazetteer,
  writeCompiledGazetteer,
} from "../../../graph-loader/gazetteer/compiled-cache.ts";
import type { Gazetteer } from "../../../graph-loader/gazetteer/types.ts";

/** Everything extraction can observe of a gazetteer, in its iteration order. */
function observable(gazetteer: Gazetteer) {
  return {
    entries: [...gazetteer.entries],
    index: [...gazetteer.index],
    maxWords: gazetteer.maxWords,
  };
}

describe("the compiled gazetteer", () => {
  it("reads back from disk equal to a fresh build, in the same order", async () => {
    const built = await buildGazetteer();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "graphbrief-gazetteer-"));
    try {
      const file = path.join(dir, "gazetteer.json");
      expect(writeCompiledGazetteer(file, JSON.stringify(compileGazetteer(built)))).toBe(true);
      const read = readCompiledGazetteer(file);
      expect(read).not.toBeNull();
      expect(observable(read as Gazetteer)).toStrictEqual(observable(built));
      expect(observable(await loadGazetteer())).toStrictEqual(observable(built));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it("is named by a hash of its sources, and an unreadable file counts as missing", () => {
    expect(compiledGazetteerFile()).toContain(`gazetteer-${gazetteerSourceHash()}.json`);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "graphbrief-gazetteer-"));
    try {
      const file = path.join(dir, "broken.json");
      fs.writeFileSync(file, '{"format": 1, "entries": [');
      expect(readCompiledGazetteer(file)).toBeNull();
      expect(readCompiledGazetteer(path.join(dir, "absent.json"))).toBeNull();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
