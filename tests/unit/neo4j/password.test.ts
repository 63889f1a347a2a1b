import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { passwordFile, readOrCreatePassword } from "../../../neo4j/local/password.ts";

describe("the local Neo4j's data folder", () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "graphbrief-private-"));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  const mode = (file: string) => fs.statSync(file).mode & 0o777;

  it("is created readable by its owner only, with the password file 0600", () => {
    const home = path.join(root, "new", "neo4j");
    const password = readOrCreatePassword(home);
    expect(password.length).toBeGreaterThanOrEqual(8);
    expect(mode(home)).toBe(0o700);
    expect(mode(passwordFile(home))).toBe(0o600);
  });

  it("is made private again when an older start left it world-readable", () => {
    const home = path.join(root, "old", "neo4j");
    fs.mkdirSync(home, { recursive: true, mode: 0o755 });
    fs.chmodSync(home, 0o755);
    fs.writeFileSync(passwordFile(home), "an-older-password\n", { mode: 0o644 });
    fs.chmodSync(passwordFile(home), 0o644);
    expect(readOrCreatePassword(home)).toBe("an-older-password");
    expect(mode(home)).toBe(0o700);
    expect(mode(passwordFile(home))).toBe(0o600);
  });
});
