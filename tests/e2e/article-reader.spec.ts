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

test("remove the selected entity and bring it back with Undo, by button and by keyboard", async ({
  page,
}) => {
  await page.goto("/");
  await chooseEntity(page, "Search entities", "Harbin");
  await expect.poll(async () => (await canvasState(page)).selected).toEqual(["place:harbin"]);

  await page.getByRole("button", { name: "Remove from canvas" }).click();
  await expect.poll(async () => (await canvasState(page)).nodes).not.toContain("place:harbin");
  await expect(page.getByText(/1 removed by you/)).toBeVisible();
  await page.getByRole("button", { name: "Undo" }).click();
  await expect.poll(async () => (await canvasState(page)).selected).toEqual(["place:harbin"]);

  await page.getByRole("button", { name: "Fit to screen" }).focus();
  await page.keyboard.press("Delete");
  await expect.poll(async () => (await canvasState(page)).nodes).not.toContain("place:harbin");
  await page.keyboard.press("Control+z");
  await expect.poll(async () => (await canvasState(page)).nodes).toContain("place:harbin");
});
