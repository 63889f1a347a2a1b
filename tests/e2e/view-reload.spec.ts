import { expect, type Page, test } from "@playwright/test";
import { canvasState, chooseEntity } from "./support/canvas.ts";
import { waitForLayout } from "./support/layout.ts";

type Positions = Record<string, { x: number; y: number }>;

function positions(page: Page): Promise<Positions> {
  return page.evaluate(() => {
    const found: Positions = {};
    window.__graphbrief_cy?.nodes().forEach((node) => {
      const { x, y } = node.position();
      found[node.id()] = { x: Math.round(x), y: Math.round(y) };
    });
    return found;
  });
}

/** Drags a node with the mouse by (dx, dy) screen pixels. */
async function dragNode(page: Page, id: string, dx: number, dy: number) {
  const start = await page.evaluate((nodeId) => {
    const cy = window.__graphbrief_cy;
    const rendered = cy?.getElementById(nodeId).renderedPosition();
    const box = cy?.container()?.getBoundingClientRect();
    return rendered && box ? { x: box.left + rendered.x, y: box.top + rendered.y } : null;
  }, id);
  if (!start) throw new Error(`node ${id} is not on the canvas`);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  for (let step = 1; step <= 5; step += 1) {
    await page.mouse.move(start.x + (dx * step) / 5, start.y + (dy * step) / 5);
  }
  await page.mouse.up();
}

test("the overview gets the same positions on every load", async ({ page }) => {
  await page.goto("/");
  await waitForLayout(page, 10);
  const first = await positions(page);
  await page.reload();
  await waitForLayout(page, 10);
  expect(await positions(page)).toEqual(first);
});

test("a dragged node keeps its place after a reload, and the others keep theirs", async ({ page }) => {
  await page.goto("/?start=empty&exp=place%3Adandong");
  await waitForLayout(page, 3);
  const before = await positions(page);
  await dragNode(page, "place:dandong", 120, 80);
  await expect(page).toHaveURL(/pos=place%3Adandong%7E-?\d+%7E-?\d+/);
  const dragged = (await positions(page))["place:dandong"];
  expect(dragged).not.toEqual(before["place:dandong"]);

  await page.reload();
  await waitForLayout(page, 3);
  const after = await positions(page);
  expect(after["place:dandong"]).toEqual(dragged);
  expect({ ...after, "place:dandong": before["place:dandong"] }).toEqual(before);

  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page).not.toHaveURL(/pos=/);
});

test("the path finder shows the names of both ends after a reload", async ({ page }) => {
  await page.goto("/");
  await chooseEntity(page, "Path from", "Pyongyang");
  await chooseEntity(page, "Path to", "Russia");
  await expect(page).toHaveURL(/to=country%3Arussia/);
  await page.reload();
  await expect(page.getByRole("combobox", { name: "Path from" })).toHaveValue("Pyongyang");
  await expect(page.getByRole("combobox", { name: "Path to" })).toHaveValue("Russia");
});

test("hide is temporary and undoable, remove takes the entity off the canvas", async ({ page }) => {
  await page.goto("/?start=empty&exp=place%3Adandong&sel=place%3Aharbin");
  await waitForLayout(page, 3);
  const visible = async () => (await canvasState(page)).visibleNodes;
  await expect.poll(visible).toContain("place:harbin");

  await page.getByRole("button", { name: "Hide", exact: true }).click();
  await expect(page).toHaveURL(/hide=place%3Aharbin/);
  await expect.poll(visible).not.toContain("place:harbin");
  expect((await canvasState(page)).nodes).toContain("place:harbin");
  const showAll = page.getByRole("button", { name: "Hidden (1) — show all" });
  await expect(showAll).toBeVisible();

  await page.getByRole("button", { name: "Undo" }).click();
  await expect.poll(visible).toContain("place:harbin");
  await page.getByRole("button", { name: "Redo" }).click();
  await expect.poll(visible).not.toContain("place:harbin");
  await page.reload();
  await waitForLayout(page, 3);
  await expect.poll(visible).not.toContain("place:harbin");
  await showAll.click();
  await expect.poll(visible).toContain("place:harbin");
  await expect(showAll).toBeHidden();

  await chooseEntity(page, "Search entities", "Harbin");
  await page.getByRole("button", { name: "Remove from canvas" }).click();
  await expect.poll(async () => (await canvasState(page)).nodes).not.toContain("place:harbin");
  await expect(page).toHaveURL(/removed=place%3Aharbin/);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect.poll(async () => (await canvasState(page)).nodes).toContain("place:harbin");
});
