/**
 * Waits until the app under test has loaded the sample corpus (its counts stay the same for three seconds), so
 * that every spec starts from the same graph.
 */
import type { FullConfig } from "@playwright/test";
import type { HealthResponse } from "../../../web/shared/api-types.ts";

export default async function globalSetup(config: FullConfig) {
  const baseURL = config.projects[0]?.use.baseURL;
  if (!baseURL) throw new Error("playwright.config.ts must set use.baseURL");
  const deadline = Date.now() + 180_000;
  // The loader writes in stages: the corpus is loaded once the counts are non-zero and stop changing.
  let last = "";
  let steady = 0;
  while (Date.now() < deadline) {
    const response = await fetch(new URL("/api/health", baseURL)).catch(() => undefined);
    const health = response?.ok ? ((await response.json()) as HealthResponse) : undefined;
    const counts = health ? `${health.counts.nodes}/${health.counts.relationships}` : "";
    steady = health && health.counts.relationships > 0 && counts === last ? steady + 1 : 0;
    if (steady >= 3) return;
    last = counts;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  throw new Error("The app under test did not load the sample corpus within 180 s");
}
