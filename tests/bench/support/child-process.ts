/**
 * Benchmark processes of their own (app server, bare server, loader): TypeScript run by Node with tsx's loader
 * in the same process, so that its pid is the process whose memory is measured. A server announces itself with
 * one JSON line on stdout once it is ready.
 */
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import readline from "node:readline";

export interface BenchChild<T> {
  pid: number;
  /** The JSON line the child printed when ready. */
  ready: T;
  stop(): Promise<void>;
}

export function tsNode(script: string, args: string[] = [], imports: string[] = []): string[] {
  return [...["tsx", ...imports].flatMap((module) => ["--import", module]), script, ...args];
}

/** Starts a child and waits for its first stdout line (JSON), or fails with the end of its stderr. */
export function startChild<T>(
  script: string,
  env: Record<string, string>,
  timeoutMs = 180_000,
): Promise<BenchChild<T>> {
  const child = spawn(process.execPath, tsNode(script), {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const stderr = tail(child);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(`was not ready within ${timeoutMs / 1000} s`), timeoutMs);
    const fail = (why: string) => {
      clearTimeout(timer);
      child.kill("SIGKILL");
      reject(new Error(`Benchmark process ${script} ${why}:\n${stderr()}`));
    };
    child.once("exit", (code) => fail(`exited with code ${code}`));
    readline.createInterface({ input: child.stdout as NodeJS.ReadableStream }).once("line", (line) => {
      clearTimeout(timer);
      child.removeAllListeners("exit");
      resolve({ pid: child.pid ?? -1, ready: JSON.parse(line) as T, stop: () => stopChild(child) });
    });
  });
}

/** Runs a child to its end; fails with its stderr on a non-zero exit code. */
export function runChild(args: string[], env: Record<string, string>): Promise<void> {
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  const stderr = tail(child);
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${args.join(" ")} exited with code ${code}:\n${stderr()}`)),
    );
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill("SIGKILL"), 10_000);
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

/** The last lines a child wrote to stderr, for error messages. */
function tail(child: ChildProcess): () => string {
  const lines: string[] = [];
  if (child.stderr)
    readline.createInterface({ input: child.stderr }).on("line", (line) => {
      lines.push(line);
      if (lines.length > 30) lines.shift();
    });
  return () => lines.join("\n");
}

/** A port that is free right now: an environment override, or one the system hands out. */
export async function freePort(envName: string): Promise<number> {
  const fixed = process.env[envName];
  if (fixed) return Number(fixed);
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/** Resident memory of a running process from /proc (Linux): now, and its peak so far (VmHWM). */
export function processMemory(pid: number): { rssMb: number; peakMb: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (field: string) => {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status);
    if (!match) throw new Error(`/proc/${pid}/status has no ${field} line`);
    return Number(match[1]);
  };
  return { rssMb: kb("VmRSS") / 1024, peakMb: kb("VmHWM") / 1024 };
}

/** Starts a process's peak (VmHWM) afresh from its current RSS, so that a later peak belongs to what ran since. */
export function resetPeakMemory(pid: number): void {
  fs.writeFileSync(`/proc/${pid}/clear_refs`, "5");
}
