/**
 * Builds the React client with Vite when dist/client is missing or older than any file under web/.
 */
import fs from "node:fs";
import path from "node:path";
import { build } from "vite";
import { PROJECT_ROOT } from "../../config/env.ts";

export const CLIENT_DIST = path.join(PROJECT_ROOT, "dist", "client");
const SOURCES = [path.join(PROJECT_ROOT, "web"), path.join(PROJECT_ROOT, "vite.config.ts")];

export async function ensureClientBuilt(log: (line: string) => void): Promise<void> {
  const index = path.join(CLIENT_DIST, "index.html");
  if (fs.existsSync(index) && newestMtime(SOURCES) <= fs.statSync(index).mtimeMs) return;
  log("Building the web client…");
  await build({ configFile: path.join(PROJECT_ROOT, "vite.config.ts"), logLevel: "warn" });
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
