/** A reload keeps the zoom and pan the user chose (`vp=`), not only where the nodes are. */
import { expect, type Page, test } from "@playwright/test";
import { canvasBox, movedBy, screenPositions, waitForLayout } from "./support/layout.ts";

test.use({ viewport: { width: 1600, height: 1000 } });

function viewport(page: Page) {
  return page.evaluate(() => {
    const cy = window.__graphbrief_cy;
    return cy ? { zoom: cy.zoom(), ...cy.pan() } : null;
  });
}

test("zoom out and pan, reload: the same picture at the same zoom", async ({ page }) => {
  await page.goto("/?start=empty&exp=place%3Adandong");
  await waitForLayout(page, 4);
  const box = await canvasBox(page);
  const before = await viewport(page);
  await page.mouse.move(box.left + box.width * 0.6, box.top + box.height * 0.55);
  // Zoom out (a small view is fitted at the largest zoom already).
  for (let step = 0; step < 8; step += 1) await page.mouse.wheel(0, 200);
  // Pan by dragging the background near a corner, away from every node.
  await page.mouse.move(box.left + 15, box.top + box.height - 15);
  await page.mouse.down();
  for (let step = 1; step <= 5; step += 1)
    await page.mouse.move(box.left + 15 + step * 20, box.top + box.height - 15 - step * 10);
  await page.mouse.up();
  await expect(page).toHaveURL(/vp=/);
  const chosen = await viewport(page);
  expect(chosen?.zoom).toBeLessThan((before?.zoom ?? 0) * 0.8);
  const onScreen = await screenPositions(page);

  await page.reload();
  await waitForLayout(page, 4);
  await expect.poll(async () => movedBy(onScreen, await screenPositions(page), 2)).toEqual([]);
  expect((await viewport(page))?.zoom).toBeCloseTo(chosen?.zoom ?? 0, 2);
});
