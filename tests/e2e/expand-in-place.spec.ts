import { expect, type Page, test } from "@playwright/test";
import { canvasState } from "./support/canvas.ts";
import {
  canvasBox,
  dragNode,
  graphPositions,
  movedBy,
  type Points,
  screenPositions,
  waitForLayout,
} from "./support/layout.ts";

test.use({ viewport: { width: 1600, height: 1000 } });

/** Double-clicks a node where it is drawn and waits until its neighbours are on the canvas and placed. */
async function expandByDoubleClick(page: Page, id: string, neighbour: string) {
  const at = (await screenPositions(page))[id];
  if (!at) throw new Error(`${id} is not on the canvas`);
  await page.mouse.dblclick(at.x, at.y);
  await expect.poll(async () => (await canvasState(page)).nodes).toContain(neighbour);
  await waitForLayout(page);
  return at;
}

function rounded(points: Points): Points {
  return Object.fromEntries(
    Object.entries(points).map(([id, { x, y }]) => [id, { x: Math.round(x), y: Math.round(y) }]),
  );
}

test("expanding a node leaves the canvas as it was and the node under the cursor", async ({ page }) => {
  await page.goto("/?start=empty&exp=place%3Adandong");
  await waitForLayout(page, 3);
  const before = await screenPositions(page);
  const box = await canvasBox(page);
  const harbin = before["place:harbin"];
  if (!harbin) throw new Error("Harbin is not on the canvas");
  const centre = { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  expect(Math.hypot(harbin.x - centre.x, harbin.y - centre.y)).toBeGreaterThan(80);

  const cursor = await expandByDoubleClick(page, "place:harbin", "place:heilongjiang");
  const after = await screenPositions(page);
  expect(movedBy(before, after, 2)).toEqual([]);
  const expanded = after["place:harbin"];
  expect(Math.hypot((expanded?.x ?? 0) - cursor.x, (expanded?.y ?? 0) - cursor.y)).toBeLessThanOrEqual(2);
  // The new neighbours are placed in view, around the expanded node.
  const fresh = Object.keys(after).filter((id) => !(id in before));
  expect(fresh.length).toBeGreaterThan(0);
  for (const id of fresh) {
    const point = after[id] ?? { x: -1, y: -1 };
    expect(point.x).toBeGreaterThan(box.left);
    expect(point.x).toBeLessThan(box.left + box.width);
    expect(point.y).toBeGreaterThan(box.top);
    expect(point.y).toBeLessThan(box.top + box.height);
  }
  await page.screenshot({ path: "test-results/expand-in-place.png" });
});

test("after two expansions and a drag, a reload and the copied link show every node where it was", async ({
  page,
  context,
}) => {
  await page.goto("/?start=empty&exp=place%3Adandong");
  await waitForLayout(page, 3);
  await expandByDoubleClick(page, "place:harbin", "place:heilongjiang");
  await expandByDoubleClick(page, "place:heilongjiang", "place:harbin");
  await expect(page).toHaveURL(/exp=[^&]*place%3Aheilongjiang/);
  await dragNode(page, "place:dandong", 90, -60);
  await expect(page).toHaveURL(/pos=place%3Adandong/);
  await waitForLayout(page);
  const seen = rounded(await graphPositions(page));
  const count = Object.keys(seen).length;
  expect(count).toBeGreaterThan(4);
  await page.screenshot({ path: "test-results/shared-view-sender.png" });

  await page.reload();
  await waitForLayout(page, count);
  await expect.poll(async () => movedBy(seen, await graphPositions(page), 2)).toEqual([]);

  const colleague = await context.newPage();
  await colleague.setViewportSize({ width: 1600, height: 1000 });
  await colleague.goto(page.url());
  await waitForLayout(colleague, count);
  await expect.poll(async () => movedBy(seen, await graphPositions(colleague), 2)).toEqual([]);
  await colleague.screenshot({ path: "test-results/shared-view-colleague.png" });
});

test("Undo and Redo of an expansion put every node back where it was", async ({ page }) => {
  await page.goto("/?start=empty&exp=place%3Adandong");
  await waitForLayout(page, 3);
  const start = rounded(await graphPositions(page));
  await expandByDoubleClick(page, "place:harbin", "place:heilongjiang");
  await expect(page).toHaveURL(/at=/);
  const expanded = rounded(await graphPositions(page));

  await page.getByRole("button", { name: "Undo" }).click();
  await expect.poll(async () => (await canvasState(page)).nodes).not.toContain("place:heilongjiang");
  expect(movedBy(start, await graphPositions(page), 2)).toEqual([]);
  await page.getByRole("button", { name: "Redo" }).click();
  await expect.poll(async () => (await canvasState(page)).nodes).toContain("place:heilongjiang");
  await waitForLayout(page);
  expect(movedBy(expanded, await graphPositions(page), 2)).toEqual([]);
});
