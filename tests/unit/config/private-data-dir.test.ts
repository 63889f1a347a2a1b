/**
 * The data folder and what graphbrief writes there are readable by their owner only, also when an older version
 * left them open to others (folder 0755, saved queries 0644).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { makeDataDirPrivate } from "../../../config/private-data-dir.ts";

const mode = (file: string) => fs.statSync(file).mode & 0o777;
const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function openDataDir(): string {
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), "graphbrief-data-"));
  made.push(parent);
  const dataDir = path.join(parent, ".data");
  fs.mkdirSync(path.join(dataDir, "queries", "backups"), { recursive: true, mode: 0o755 });
  fs.chmodSync(dataDir, 0o755);
  fs.writeFileSync(path.join(dataDir, "queries", "mine.cypher"), "RETURN 1", { mode: 0o644 });
  fs.writeFileSync(path.join(dataDir, "queries", "backups", "mine.1.cypher"), "RETURN 0", { mode: 0o644 });
  fs.mkdirSync(path.join(dataDir, "bench"), { mode: 0o755 });
  fs.writeFileSync(path.join(dataDir, "bench", "results.json"), "{}", { mode: 0o664 });
  return dataDir;
}

describe("the private data folder", () => {
  it("creates a missing data folder as 0700", () => {
    const parent = fs.mkdtempSync(path.join(os.tmpdir(), "graphbrief-data-"));
    made.push(parent);
    makeDataDirPrivate(path.join(parent, ".data"));
    expect(mode(path.join(parent, ".data"))).toBe(0o700);
  });

  it("closes an existing folder, its saved queries, backups and benchmark figures to others", () => {
    const dataDir = openDataDir();
    makeDataDirPrivate(dataDir);
    expect(mode(dataDir)).toBe(0o700);
    expect(mode(path.join(dataDir, "queries"))).toBe(0o700);
    expect(mode(path.join(dataDir, "queries", "backups"))).toBe(0o700);
    expect(mode(path.join(dataDir, "queries", "mine.cypher"))).toBe(0o600);
    expect(mode(path.join(dataDir, "queries", "backups", "mine.1.cypher"))).toBe(0o600);
    expect(mode(path.join(dataDir, "bench"))).toBe(0o700);
    expect(mode(path.join(dataDir, "bench", "results.json"))).toBe(0o600);
  });
});
