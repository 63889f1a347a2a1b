import { expect, test } from "@playwright/test";
import { canvasState, chooseEntity } from "./support/canvas.ts";

test("open the article behind an evidence sentence, with its mentions highlighted, and go to one in the graph", async ({
  page,
}) => {
  await page.goto("/");
  await chooseEntity(page, "Search entities", "Dandong");
  const details = page.getByRole("article", { name: "Details of Dandong" });
  await details.getByRole("button", { name: "Open article" }).first().click();

  const reader = page.getByRole("dialog", { name: /^Article: / });
  await expect(reader.getByRole("heading", { level: 2 })).toBeVisible();
  const mentions = reader.locator("mark");
  await expect(mentions.first()).toBeVisible();
  expect(await mentions.count()).toBeGreaterThan(5);
  await expect(reader.locator("mark", { hasText: /^Dandong/ }).first()).toBeVisible();

  await reader.getByRole("button", { name: "Harbin", exact: true }).first().click();
  await expect(page.getByRole("article", { name: "Details of Harbin" })).toBeVisible();
  await expect.poll(async () => (await canvasState(page)).selected).toEqual(["place:harbin"]);
});
