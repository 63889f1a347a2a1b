import { expect, test } from "@playwright/test";

test("shows the Neo4j version, edition and counts of the graph", async ({ page }) => {
  await page.goto("/");
  const status = page.getByLabel("Database status");
  await expect(status).toContainText(/Neo4j 5\.26\.\d+ Community/);
  await expect(status).toContainText(/[1-9][\d,]* entities/);
  await expect(status).toContainText(/\d[\d,]* claims/);
});

test("draws the graph from the database on the canvas", async ({ page }) => {
  const overview = await (await page.request.get("/api/overview")).json();
  await page.goto("/");
  const graph = page.getByRole("region", { name: "Graph" });
  await expect(graph.locator("canvas").first()).toBeVisible();
  const shown = Math.min(overview.total, 2000);
  await expect(graph.getByText(new RegExp(`Showing ${shown} entities`))).toBeVisible();
});
