import { expect, type Page, test } from "@playwright/test";
import { canvasState } from "./support/canvas.ts";
import { waitForLayout } from "./support/layout.ts";

interface CanvasView {
  /** Where each node is drawn, in page pixels. */
  onScreen: Record<string, { x: number; y: number }>;
  centre: { x: number; y: number };
}

function canvasView(page: Page): Promise<CanvasView> {
  return page.evaluate(() => {
    const cy = window.__graphbrief_cy;
    const box = cy?.container()?.getBoundingClientRect();
    const onScreen: Record<string, { x: number; y: number }> = {};
    if (!cy || !box) return { onScreen, centre: { x: 0, y: 0 } };
    cy.nodes().forEach((node) => {
      const { x, y } = node.renderedPosition();
      onScreen[node.id()] = { x: Math.round(box.left + x), y: Math.round(box.top + y) };
    });
    return { onScreen, centre: { x: box.left + box.width / 2, y: box.top + box.height / 2 } };
  });
}

test("a click on a node selects it where it is, and a double-click there expands it", async ({ page }) => {
  await page.goto("/?start=empty&exp=place%3Adandong");
  await waitForLayout(page, 3);
  const before = await canvasView(page);
  const harbin = before.onScreen["place:harbin"];
  if (!harbin) throw new Error("Harbin is not on the canvas");
  // Away from the middle of the canvas, so that centring it would move it.
  expect(Math.hypot(harbin.x - before.centre.x, harbin.y - before.centre.y)).toBeGreaterThan(50);

  await page.mouse.click(harbin.x, harbin.y);
  await expect(page.getByRole("article", { name: "Details of Harbin" })).toBeVisible();
  await expect(page).toHaveURL(/sel=place%3Aharbin/);
  expect((await canvasView(page)).onScreen).toEqual(before.onScreen);

  await page.mouse.dblclick(harbin.x, harbin.y);
  await expect(page).toHaveURL(/exp=[^&]*place%3Aharbin/);
  await expect.poll(async () => (await canvasState(page)).nodes).toContain("place:heilongjiang");
  await expect(page.getByRole("article", { name: "Details of Harbin" })).toBeVisible();
});

test("a real double-click on a node expands it without a click before it", async ({ page }) => {
  await page.goto("/?start=empty&exp=place%3Adandong");
  await waitForLayout(page, 3);
  const harbin = (await canvasView(page)).onScreen["place:harbin"];
  if (!harbin) throw new Error("Harbin is not on the canvas");

  await page.mouse.dblclick(harbin.x, harbin.y);
  await expect(page).toHaveURL(/exp=[^&]*place%3Aharbin/);
  await expect.poll(async () => (await canvasState(page)).nodes).toContain("place:heilongjiang");
  await expect(page).toHaveURL(/sel=place%3Aharbin/);
});
