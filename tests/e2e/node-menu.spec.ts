/**
 * A node's context menu (right-click) and its hover card: expand by one type of link, pin, find paths from it,
 * open the article behind it at the cited sentence; the card names type, aliases and link counts.
 */
import { expect, type Page, test } from "@playwright/test";
import type { EntityDetailsResponse } from "../../web/shared/api-types.ts";
import { canvasState } from "./support/canvas.ts";
import { canvasBox, screenPositions, waitForLayout } from "./support/layout.ts";

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

test.describe("in a small window", () => {
  test.use({ viewport: { width: 1100, height: 640 } });

  test("a node's menu opened near any edge of the canvas stays whole inside the window", async ({ page }) => {
    await page.goto("/?start=empty&add=country%3Arussia");
    await waitForLayout(page, 1);
    const box = await canvasBox(page);
    const inset = 14;
    const corners = [
      { x: box.left + inset, y: box.top + inset },
      { x: box.left + box.width - inset, y: box.top + inset },
      { x: box.left + inset, y: box.top + box.height - inset },
      { x: box.left + box.width - inset, y: box.top + box.height - inset },
    ];
    const menu = page.getByRole("menu", { name: "Actions for Russia" });
    for (const corner of corners) {
      await moveNodeTo(page, "country:russia", corner);
      await rightClick(page, "country:russia");
      // The menu grows when Russia's links arrive; it must still fit then.
      await expect(
        menu.getByRole("group", { name: "Expand by type" }).getByRole("menuitem").first(),
      ).toBeVisible();
      await expect(menu).toBeInViewport({ ratio: 1 });
      await expect(menu.getByRole("menuitem").last()).toBeInViewport({ ratio: 1 });
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/node-menu-corner-${corners.indexOf(corner)}.png` });
      await page.keyboard.press("Escape");
      await expect(menu).toBeHidden();
    }
    // From the bottom right corner, the menu's own last ordinary action works with a real click.
    await rightClick(page, "country:russia");
    await menu.getByRole("menuitem", { name: "Find paths from here" }).click();
    await expect(page.getByRole("combobox", { name: "Path from" })).toHaveValue("Russia");
  });
});

/** Pans the canvas so that the node is drawn at `to` (page pixels). */
async function moveNodeTo(page: Page, id: string, to: { x: number; y: number }) {
  const from = (await screenPositions(page))[id];
  if (!from) throw new Error(`${id} is not on the canvas`);
  // Braces: panBy returns the Cytoscape instance, far too large to send back to the test.
  await page.evaluate(
    ({ dx, dy }) => {
      window.__graphbrief_cy?.panBy({ x: dx, y: dy });
    },
    { dx: to.x - from.x, dy: to.y - from.y },
  );
  await expect
    .poll(async () => {
      const now = (await screenPositions(page))[id];
      return now ? Math.hypot(now.x - to.x, now.y - to.y) : Number.POSITIVE_INFINITY;
    })
    .toBeLessThan(2);
}
