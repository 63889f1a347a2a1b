/**
 * The record of which process supervises a data folder's Neo4j: another process sees a live supervisor, never
 * itself, never one that has died, and a release removes only its own record.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { claimSupervision, liveSupervisor } from "../../../neo4j/local/supervisor-pid.ts";

const homes: string[] = [];
function freshHome(): string {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), "graphbrief-supervisor-pid-"));
  homes.push(home);
  return home;
}
afterEach(() => {
  for (const home of homes.splice(0)) fs.rmSync(home, { recursive: true, force: true });
});

/** The pid of a process that has already ended. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"]);
  return Number(child.stdout.toString());
}

describe("the supervisor record", () => {
  it("names no supervisor to the process that claimed it, and is private and gone after its release", () => {
    const home = freshHome();
    const release = claimSupervision(home);
    const file = path.join(home, "supervisor.pid");
    expect(fs.readFileSync(file, "utf8").trim()).toBe(String(process.pid));
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(liveSupervisor(home)).toBeUndefined();
    release();
    expect(fs.existsSync(file)).toBe(false);
  });

  it("names a live other process, and not one that has died", () => {
    const home = freshHome();
    const file = path.join(home, "supervisor.pid");
    fs.writeFileSync(file, `${process.ppid}\n`);
    expect(liveSupervisor(home)).toBe(process.ppid);
    fs.writeFileSync(file, `${deadPid()}\n`);
    expect(liveSupervisor(home)).toBeUndefined();
    fs.writeFileSync(file, "not a pid\n");
    expect(liveSupervisor(home)).toBeUndefined();
  });

  it("is left alone by a release once another process has claimed it", () => {
    const home = freshHome();
    const release = claimSupervision(home);
    fs.writeFileSync(path.join(home, "supervisor.pid"), `${process.ppid}\n`);
    release();
    expect(liveSupervisor(home)).toBe(process.ppid);
  });
});
