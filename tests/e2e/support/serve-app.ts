/**
 * The app under end-to-end test: `runApp` exactly as `npm start` runs it, but with a temporary data folder and
 * its own Bolt port (GRAPHBRIEF_E2E_BOLT_PORT, default 7698). Removes its data when stopped.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadConfig } from "../../../config/env.ts";
import { runApp } from "../../../scripts/lib/run-app.ts";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "graphbrief-e2e-"));
const config = loadConfig({
  ...process.env,
  NEO4J_URI: undefined,
  GRAPHBRIEF_DATA_DIR: dataDir,
  GRAPHBRIEF_NEO4J_PORT: process.env.GRAPHBRIEF_E2E_BOLT_PORT ?? "7698",
});
const app = await runApp(config, { serveClient: true });
console.log(`e2e app at ${app.url}`);

const stop = async () => {
  await app.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
  process.exit(0);
};
process.once("SIGTERM", () => void stop());
process.once("SIGINT", () => void stop());
