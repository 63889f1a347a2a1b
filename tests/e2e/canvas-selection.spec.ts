/**
 * Working with many nodes: Shift-click and Shift-drag box selection, selecting neighbours, hiding the selection
 * with a key, and the list of shortcuts on "?".
 */
import { expect, test } from "@playwright/test";
import { canvasState } from "./support/canvas.ts";
import { screenPositions, waitForLayout } from "./support/layout.ts";

test.use({ viewport: { width: 1600, height: 1000 } });

const SHOTS = process.env.GRAPHBRIEF_SHOTS;

test("Shift-click adds to the selection, and h hides every selected entity", async ({ page }) => {
  await page.goto("/?start=empty&exp=place%3Adandong");
  await waitForLayout(page, 4);
  const points = await screenPositions(page);
  const [first, second] = Object.keys(points).filter((id) => id !== "place:dandong");
  const a = first ? points[first] : undefined;
  const b = second ? points[second] : undefined;
  if (!first || !second || !a || !b) throw new Error("Dandong has fewer than two neighbours");

  await page.mouse.click(a.x, a.y);
  await page.keyboard.down("Shift");
  await page.mouse.click(b.x, b.y);
  await page.keyboard.up("Shift");
  const bar = page.getByRole("toolbar", { name: "Selection" });
  await expect(bar).toContainText("2 selected");
  expect((await canvasState(page)).selected.sort()).toEqual([first, second].sort());
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/multi-select.png` });

  await page.keyboard.press("h");
  await expect.poll(async () => (await canvasState(page)).visibleNodes).not.toContain(first);
  expect((await canvasState(page)).visibleNodes).not.toContain(second);
  expect((await canvasState(page)).visibleNodes).toContain("place:dandong");
  await expect(page).toHaveURL(/hide=/);
  await expect(page.getByRole("button", { name: "Hidden (2) — show all" })).toBeVisible();
  await expect(bar).toBeHidden();
});

test("a Shift-drag draws a box that selects the entities inside it; n adds their neighbours", async ({
  page,
}) => {
  await page.goto("/?start=empty&exp=place%3Adandong");
  await waitForLayout(page, 4);
  const points = await screenPositions(page);
  const dandong = points["place:dandong"];
  if (!dandong) throw new Error("Dandong is not on the canvas");
  // A box around Dandong alone: the neighbours sit further away than this.
  const others = Object.entries(points).filter(([id]) => id !== "place:dandong");
  const nearest = Math.min(...others.map(([, p]) => Math.hypot(p.x - dandong.x, p.y - dandong.y)));
  const half = Math.max(8, nearest / 2 - 4);

  await page.keyboard.down("Shift");
  await page.mouse.move(dandong.x - half, dandong.y - half);
  await page.mouse.down();
  for (let step = 1; step <= 6; step += 1)
    await page.mouse.move(dandong.x - half + (2 * half * step) / 6, dandong.y - half + (2 * half * step) / 6);
  await page.mouse.up();
  await page.keyboard.up("Shift");
  await expect.poll(async () => (await canvasState(page)).selected).toEqual(["place:dandong"]);

  await page.keyboard.press("n");
  await expect
    .poll(async () => (await canvasState(page)).selected.length)
    .toBe((await canvasState(page)).visibleNodes.length);
  await expect(page.getByRole("toolbar", { name: "Selection" })).toContainText(
    `${(await canvasState(page)).visibleNodes.length} selected`,
  );
  // Escape clears all of it.
  await page.keyboard.press("Escape");
  await expect.poll(async () => (await canvasState(page)).selected).toEqual([]);
});

test("? lists the shortcuts, Escape closes the list", async ({ page }) => {
  await page.goto("/?start=empty&exp=place%3Adandong");
  await waitForLayout(page, 2);
  await page.keyboard.press("?");
  const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(help).toBeVisible();
  await expect(help).toContainText("Shift+drag");
  await expect(help).toContainText("Hide the selected entities");
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/shortcut-help.png` });
  await page.keyboard.press("Escape");
  await expect(help).toBeHidden();
});
