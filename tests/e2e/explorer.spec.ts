import { expect, test } from "@playwright/test";
import type { EntityDetailsResponse } from "../../web/shared/api-types.ts";
import { canvasState, chooseEntity } from "./support/canvas.ts";

test("search Dandong, select it, and read the evidence from the article in the panel", async ({ page }) => {
  const dandong = (await (
    await page.request.get("/api/entities/place:dandong")
  ).json()) as EntityDetailsResponse;
  const evidence = dandong.links.flatMap((link) => link.evidence)[0];
  expect(evidence).toBeDefined();

  await page.goto("/");
  await chooseEntity(page, "Search entities", "Dandong");

  const details = page.getByRole("article", { name: "Details of Dandong" });
  await expect(details.getByRole("heading", { name: "Dandong", exact: true })).toBeVisible();
  await expect(page).toHaveURL(/sel=place%3Adandong/);
  await expect.poll(async () => (await canvasState(page)).selected).toEqual(["place:dandong"]);

  const quote = details.locator("blockquote", { hasText: evidence?.sentence.slice(0, 40) ?? "" }).first();
  await expect(quote).toBeVisible();
  await expect(quote.locator("mark", { hasText: /Dandong/ }).first()).toBeVisible();
  await expect(details.getByText(evidence?.article.title ?? "").first()).toBeVisible();
});

test("expand a neighbour on an empty canvas, then reload the URL and get the same view", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Clear canvas" }).click();
  await chooseEntity(page, "Search entities", "Dandong");
  await expect.poll(async () => (await canvasState(page)).nodes).toEqual(["place:dandong"]);

  await page.getByRole("button", { name: /^Expand ROUTE_LEG/ }).click();
  await expect.poll(async () => (await canvasState(page)).nodes).toContain("place:harbin");
  const expanded = (await canvasState(page)).nodes.sort();
  expect(expanded.length).toBeGreaterThan(2);

  await page.getByRole("combobox", { name: "Layout" }).selectOption("dagre");
  await page.reload();
  await expect(page.getByRole("heading", { name: "Dandong", exact: true })).toBeVisible();
  await expect.poll(async () => (await canvasState(page)).nodes.sort()).toEqual(expanded);
  await expect(page.getByRole("combobox", { name: "Layout" })).toHaveValue("dagre");
  await expect.poll(async () => (await canvasState(page)).selected).toEqual(["place:dandong"]);
});

test("filter out an entity type and see it go", async ({ page }) => {
  await page.goto("/");
  await expect.poll(async () => (await canvasState(page)).visibleNodes).toContain("place:dandong");
  const filters = page.getByRole("region", { name: "Filters" });
  await filters.getByRole("checkbox", { name: "Place", exact: true }).uncheck();
  await expect.poll(async () => (await canvasState(page)).visibleNodes).not.toContain("place:dandong");
  expect((await canvasState(page)).visibleNodes).toContain("country:russia");

  await page.reload();
  await expect(
    page.getByRole("region", { name: "Filters" }).getByRole("checkbox", { name: "Place", exact: true }),
  ).not.toBeChecked();
  await expect.poll(async () => (await canvasState(page)).visibleNodes).not.toContain("place:pyongyang");
});

test("find the path from Pyongyang to Russia", async ({ page }) => {
  await page.goto("/");
  await chooseEntity(page, "Path from", "Pyongyang");
  await chooseEntity(page, "Path to", "Russia");
  const paths = page.getByRole("list", { name: "Paths" });
  await expect(paths.getByRole("listitem").first()).toHaveText(/^Pyongyang → .+ → Russia\b/);
  await expect
    .poll(async () => (await canvasState(page)).onPath)
    .toEqual(expect.arrayContaining(["place:pyongyang", "country:russia"]));
});
