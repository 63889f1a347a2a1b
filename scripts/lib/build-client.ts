/**
 * Builds the React client with Vite when dist/client is missing or older than any file under web/. The build runs
 * in a process of its own, so that the server that serves the result never holds Vite and its bundler.
 */
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { PROJECT_ROOT } from "../../config/env.ts";

const VITE_CLI = path.join(PROJECT_ROOT, "node_modules", "vite", "bin", "vite.js");

export class ClientBuildError extends Error {
  override name = "ClientBuildError";
}

export const CLIENT_DIST = path.join(PROJECT_ROOT, "dist", "client");
const SOURCES = [path.join(PROJECT_ROOT, "web"), path.join(PROJECT_ROOT, "vite.config.ts")];

export async function ensureClientBuilt(log: (line: string) => void): Promise<void> {
  const index = path.join(CLIENT_DIST, "index.html");
  if (fs.existsSync(index) && newestMtime(SOURCES) <= fs.statSync(index).mtimeMs) return;
  log("Building the web client…");
  try {
    await promisify(execFile)(process.execPath, [VITE_CLI, "build", "--logLevel", "warn"], {
      cwd: PROJECT_ROOT,
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new ClientBuildError(`Building the web client failed${stderr ? `: ${stderr}` : ""}`, {
      cause: error,
    });
  }
}

function newestMtime(paths: string[]): number {
  let newest = 0;
  for (const entry of paths) {
    const stat = fs.statSync(entry);
    if (stat.isFile()) {
      newest = Math.max(newest, stat.mtimeMs);
      continue;
    }
    for (const file of fs.readdirSync(entry, { recursive: true, withFileTypes: true })) {
      if (file.isFile())
        newest = Math.max(newest, fs.statSync(path.join(file.parentPath, file.name)).mtimeMs);
    }
  }
  return newest;
}
