import { expect, test } from "@playwright/test";

// The real database is shared by every spec, so its outage is played by the network layer: /api/health answers
// exactly what the server answers while Neo4j is unreachable (503, code database_unavailable).
test("shows a banner while the database is unreachable and clears it when it is back", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByLabel("Database status")).toBeVisible();
  await expect(page.getByRole("alert")).toHaveCount(0);

  await page.route("**/api/health", (route) =>
    route.fulfill({
      status: 503,
      contentType: "application/json",
      body: JSON.stringify({
        error: { code: "database_unavailable", message: "The Neo4j database cannot be reached; retrying." },
      }),
    }),
  );
  await expect(page.getByRole("alert")).toContainText("cannot be reached", { timeout: 30_000 });

  await page.unroute("**/api/health");
  await expect(page.getByRole("alert")).toHaveCount(0, { timeout: 15_000 });
  await expect(page.getByLabel("Database status")).toContainText(/Neo4j 5\.26/);
});
