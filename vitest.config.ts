/**
 * Two Vitest projects: `unit` (pure code, no database) and `integration` (a real Neo4j that the global setup
 * starts on its own port with a temporary data folder). Playwright runs the end-to-end tests (tests/e2e).
 */
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          environment: "node",
          // Extracting whole articles takes seconds on a busy two-core machine; the defaults (5 s, 10 s) are for
          // tests that do far less.
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/integration/support/global-setup.ts"],
          // One shared database: files run one after another, each starting from a known graph.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
