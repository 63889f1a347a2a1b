/** Runs `npm run snapshot`'s script as a child process against the test Neo4j, for the export's integration tests. */
import { spawn } from "node:child_process";
import net from "node:net";
import { inject } from "vitest";
import { PROJECT_ROOT } from "../../../config/env.ts";
import type { ExportHookResult } from "../../../web/client/features/export/use-export-hook.ts";

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export type SnapshotSummary = Omit<ExportHookResult, "svg" | "pngBase64"> & { out: string };

/** The CLI with the test database as its external Neo4j (nothing local is started). */
export function runSnapshot(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  const { uri, user, password } = inject("neo4j");
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/snapshot.ts", ...args], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    child.once("error", reject);
    child.once("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** The `--json` summary of a run that must have succeeded. */
export function summaryOf(run: CliRun): SnapshotSummary {
  if (run.code !== 0) throw new Error(`snapshot exited ${run.code}: ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split("\n").at(-1) ?? "") as SnapshotSummary;
}

/** A loopback port nothing listens on (for the unreachable-database case). */
export function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}
