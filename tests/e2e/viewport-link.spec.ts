/**
 * A reload, or a colleague opening a shared link in a browser of their own, shows the picture the sender saw: the
 * same nodes at the same places on the screen (`at=`, `pos=` and the zoom and pan, `vp=`).
 */
import { expect, type Page, test } from "@playwright/test";
import { canvasBox, dragNode, offsetsBeyond, screenPositions, waitForLayout } from "./support/layout.ts";

const SCREEN = { width: 1600, height: 1000 };
const SHOTS = process.env.GRAPHBRIEF_SHOTS;
test.use({ viewport: SCREEN });

function viewport(page: Page) {
  return page.evaluate(() => {
    const cy = window.__graphbrief_cy;
    return cy ? { zoom: cy.zoom(), ...cy.pan() } : null;
  });
}

/** Zooms out with the wheel, then pans by dragging the background near a corner, away from every node. */
async function zoomOutAndPan(page: Page) {
  const box = await canvasBox(page);
  await page.mouse.move(box.left + box.width * 0.6, box.top + box.height * 0.55);
  // Zoom out (a small view is fitted at the largest zoom already).
  for (let step = 0; step < 8; step += 1) await page.mouse.wheel(0, 200);
  await page.mouse.move(box.left + 15, box.top + box.height - 15);
  await page.mouse.down();
  for (let step = 1; step <= 5; step += 1)
    await page.mouse.move(box.left + 15 + step * 20, box.top + box.height - 15 - step * 10);
  await page.mouse.up();
}

test("zoom out and pan, reload: the same picture at the same zoom", async ({ page }) => {
  await page.goto("/?start=empty&exp=place%3Adandong");
  await waitForLayout(page, 4);
  const before = await viewport(page);
  await zoomOutAndPan(page);
  await expect(page).toHaveURL(/vp=/);
  const chosen = await viewport(page);
  expect(chosen?.zoom).toBeLessThan((before?.zoom ?? 0) * 0.8);
  const onScreen = await screenPositions(page);

  await page.reload();
  await waitForLayout(page, 4);
  await expect.poll(async () => offsetsBeyond(onScreen, await screenPositions(page), 2)).toEqual([]);
  expect((await viewport(page))?.zoom).toBeCloseTo(chosen?.zoom ?? 0, 2);
});

test("a link copied as soon as the sender lets go, opened in a colleague's fresh browser: every node where the sender saw it", async ({
  page,
  browser,
}) => {
  await page.goto("/?start=empty&exp=place%3Adandong");
  await waitForLayout(page, 4);
  const [dragged] = Object.keys(await screenPositions(page));
  if (!dragged) throw new Error("the canvas is empty");
  await dragNode(page, dragged, 60, -40);
  await zoomOutAndPan(page);
  // The address bar as the sender copies it, the moment the pan ends.
  const link = await page.evaluate(() => window.location.href);
  const sent = await screenPositions(page);
  expect(link).toMatch(/vp=.*/);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/shared-link-sender.png` });

  const colleague = await browser.newContext({ viewport: SCREEN });
  try {
    const received = await colleague.newPage();
    await received.goto(link);
    await waitForLayout(received, Object.keys(sent).length);
    await expect.poll(async () => offsetsBeyond(sent, await screenPositions(received), 2)).toEqual([]);
    if (SHOTS) await received.screenshot({ path: `${SHOTS}/shared-link-colleague.png` });
  } finally {
    await colleague.close();
  }
});
