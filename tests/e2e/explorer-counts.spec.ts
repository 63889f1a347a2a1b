import { expect, test } from "@playwright/test";
import type { ArticlesResponse, HealthResponse } from "../../web/shared/api-types.ts";
import { canvasState, chooseEntity } from "./support/canvas.ts";

test("the header counts entities, not evidence or article nodes", async ({ page }) => {
  const health = (await (await page.request.get("/api/health")).json()) as HealthResponse;
  expect(health.counts.nodes).toBeGreaterThan(health.counts.entities);
  await page.goto("/");
  const status = page.getByRole("status", { name: "Database status" });
  await expect(status).toContainText(`${health.counts.entities} entities`);
  await expect(status).not.toContainText(`${health.counts.nodes} nodes`);
  await expect.poll(async () => (await canvasState(page)).nodes.length).toBe(health.counts.entities);
});

test("after Clear canvas the page says the canvas is empty and how to add to it, not that the graph is", async ({
  page,
}) => {
  await page.goto("/");
  await expect
    .poll(async () => (await canvasState(page)).nodes.length, { timeout: 30_000 })
    .toBeGreaterThan(0);
  await page.getByRole("button", { name: "Clear canvas" }).click();
  await expect(page.getByText(/The canvas is empty/)).toBeVisible();
  await expect(page.getByText(/search/i).filter({ hasText: /canvas is empty/ })).toBeVisible();
  await expect(page.getByText("The graph is empty: load some articles.")).toHaveCount(0);
  await chooseEntity(page, "Search entities", "Harbin");
  await expect(page.getByText(/^Showing 1 entity and 0 links/)).toBeVisible({ timeout: 15_000 });
});

test("source-article checkboxes that would read the same are told apart by their titles", async ({
  page,
}) => {
  const { articles } = (await (await page.request.get("/api/articles")).json()) as ArticlesResponse;
  await page.goto("/");
  const box = page.getByRole("group", { name: "Source articles" });
  await expect(box.getByRole("checkbox")).toHaveCount(articles.length);
  const names = await box
    .getByRole("checkbox")
    .evaluateAll((inputs) =>
      inputs.map((input) => (input as HTMLInputElement).labels?.[0]?.textContent ?? ""),
    );
  expect(new Set(names).size).toBe(articles.length);
  const twins = articles.filter((article) => article.source === "Daily NK" && article.published === "2020");
  expect(twins.length).toBe(2);
  for (const article of twins) {
    await expect(box.getByRole("checkbox", { name: new RegExp(article.title.slice(0, 30)) })).toHaveCount(1);
  }
});

test("every relationship type on the canvas has its own colour, in the legend and on the canvas", async ({
  page,
}) => {
  await page.goto("/");
  await expect.poll(async () => (await canvasState(page)).visibleEdges.length).toBeGreaterThan(0);
  const colours = await page.evaluate(() => {
    const byType = new Map<string, Set<string>>();
    for (const edge of window.__graphbrief_cy?.edges() ?? []) {
      const type = String(edge.data("type"));
      byType.set(type, (byType.get(type) ?? new Set()).add(String(edge.style("line-color"))));
    }
    return [...byType].map(([type, set]) => ({ type, colours: [...set] }));
  });
  expect(colours.length).toBeGreaterThan(10);
  for (const entry of colours) expect(entry.colours, entry.type).toHaveLength(1);
  expect(new Set(colours.map((entry) => entry.colours[0])).size).toBe(colours.length);

  const legend = page.getByRole("region", { name: "Legend" });
  const swatches = await legend
    .getByRole("listitem")
    .filter({ has: page.locator(".legend-line") })
    .evaluateAll((items) =>
      items.map((item) => getComputedStyle(item.querySelector(".legend-line") as Element).backgroundColor),
    );
  expect(new Set(swatches).size).toBe(swatches.length);
  expect(swatches.length).toBe(colours.length);
});

test("route legs are labelled by their route and position, on the canvas and in the details", async ({
  page,
}) => {
  await page.goto("/");
  await chooseEntity(page, "Search entities", "Dandong");
  const details = page.getByRole("article", { name: "Details of Dandong" });
  await expect(details.getByText(/Pyongyang → [A-Z][\w ]+, leg \d/).first()).toBeVisible();
  await expect(details.getByText(/route leg \d/)).toHaveCount(0);
  const labels = await page.evaluate(() =>
    (window.__graphbrief_cy?.edges('[type = "ROUTE_LEG"]') ?? []).map((edge) => String(edge.data("label"))),
  );
  expect(labels.length).toBeGreaterThan(0);
  for (const label of labels) expect(label).toMatch(/^.+ → .+, leg \d+$/);
});
