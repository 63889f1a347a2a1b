/**
 * A node's context menu (right-click) and its hover card: expand by one type of link, pin, find paths from it,
 * open the article behind it at the cited sentence; the card names type, aliases and link counts.
 */
import { expect, type Page, test } from "@playwright/test";
import type { EntityDetailsResponse } from "../../web/shared/api-types.ts";
import { canvasState } from "./support/canvas.ts";
import { screenPositions, waitForLayout } from "./support/layout.ts";

test.use({ viewport: { width: 1600, height: 1000 } });

const SHOTS = process.env.GRAPHBRIEF_SHOTS;

async function rightClick(page: Page, id: string) {
  const point = (await screenPositions(page))[id];
  if (!point) throw new Error(`${id} is not on the canvas`);
  await page.mouse.click(point.x, point.y, { button: "right" });
}

test("right-click a node, expand one type of its links from the menu", async ({ page }) => {
  const details = (await (
    await page.request.get("/api/entities/place%3Adandong")
  ).json()) as EntityDetailsResponse;
  const types = [...new Set(details.links.map((link) => link.type))];
  expect(types.length).toBeGreaterThan(1);

  await page.goto("/?start=empty&add=place%3Adandong");
  await waitForLayout(page, 1);
  await rightClick(page, "place:dandong");
  const menu = page.getByRole("menu", { name: "Actions for Dandong" });
  const byType = menu.getByRole("group", { name: "Expand by type" });
  await expect(byType.getByRole("menuitem")).toHaveCount(types.length);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/node-menu.png` });

  const type = types[0] ?? "";
  const others = details.links.filter((link) => link.type === type).map((link) => link.other.id);
  await byType
    .getByRole("menuitem", { name: new RegExp(`^Expand ${type.toLowerCase().replaceAll("_", " ")} \\(`) })
    .click();
  await expect(menu).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`exp=place%3Adandong%7C${type}`));
  await expect.poll(async () => (await canvasState(page)).nodes).toEqual(expect.arrayContaining(others));
});

test("the menu pins a node, finds paths from it and opens its article at the cited sentence", async ({
  page,
}) => {
  await page.goto("/?start=empty&add=place%3Aharbin");
  await waitForLayout(page, 1);
  const menu = page.getByRole("menu", { name: "Actions for Harbin" });

  await rightClick(page, "place:harbin");
  await menu.getByRole("menuitem", { name: "Pin" }).click();
  await expect(page).toHaveURL(/pin=place%3Aharbin/);

  await rightClick(page, "place:harbin");
  await expect(menu.getByRole("menuitem", { name: "Unpin" })).toBeVisible();
  await menu.getByRole("menuitem", { name: "Find paths from here" }).click();
  await expect(page.getByRole("combobox", { name: "Path from" })).toHaveValue("Harbin");
  await expect(page.getByRole("combobox", { name: "Path to" })).toBeFocused();

  await rightClick(page, "place:harbin");
  await menu.getByRole("menuitem", { name: /^Open article: / }).click();
  const reader = page.getByRole("dialog", { name: /^Article: / });
  await expect(reader.locator("mark.cited-sentence")).toBeInViewport();
  await expect(page).toHaveURL(/cite=\d+-\d+/);

  // Escape closes the menu without doing anything.
  await rightClick(page, "place:harbin");
  await expect(menu).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(menu).toBeHidden();
});

test("resting the pointer on a node shows its type, aliases and links", async ({ page }) => {
  const details = (await (
    await page.request.get("/api/entities/country%3Anorth-korea")
  ).json()) as EntityDetailsResponse;
  const alias = details.entity.aliases.find((name) => name !== details.entity.name);
  if (!alias) throw new Error("North Korea has no alias in the sample graph");

  await page.goto("/?start=empty&add=country%3Anorth-korea");
  await waitForLayout(page, 1);
  const point = (await screenPositions(page))["country:north-korea"];
  if (!point) throw new Error("North Korea is not on the canvas");
  await page.mouse.move(point.x, point.y);
  const card = page.getByRole("tooltip");
  await expect(card).toContainText(details.entity.name);
  await expect(card).toContainText(details.entity.type);
  await expect(card).toContainText(alias);
  await expect(card).toContainText(`${details.linkTotal} links`);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/hover-card.png` });
  // Nothing was selected by hovering; the card goes when the pointer leaves.
  expect((await canvasState(page)).selected).toEqual([]);
  await page.mouse.move(point.x + 200, point.y + 200);
  await expect(card).toBeHidden();
});
