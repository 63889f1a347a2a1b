/**
 * End-to-end tests in headless Chromium against the real app (`runApp`, as `npm start` runs it) with its own
 * local Neo4j on a temporary data folder and ports of its own, so a running graphbrief is never disturbed.
 * Chromium comes from the system (/usr/bin/chromium) because browser downloads are not available everywhere.
 */
import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const APP_PORT = Number(process.env.GRAPHBRIEF_E2E_PORT ?? 4317);
const SYSTEM_CHROMIUM = "/usr/bin/chromium";

export default defineConfig({
  testDir: "tests/e2e",
  testMatch: "**/*.spec.ts",
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  globalSetup: "./tests/e2e/support/global-setup.ts",
  use: {
    baseURL: `http://127.0.0.1:${APP_PORT}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          ...(fs.existsSync(SYSTEM_CHROMIUM) ? { executablePath: SYSTEM_CHROMIUM } : {}),
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
          ],
        },
      },
    },
  ],
  webServer: {
    command: "node --import tsx tests/e2e/support/serve-app.ts",
    url: `http://127.0.0.1:${APP_PORT}/api/health`,
    env: { PORT: String(APP_PORT) },
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 30_000 },
  },
});
