import { expect, test } from "@playwright/test";
import { canvasState, chooseEntity } from "./support/canvas.ts";

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

test("cap what is drawn and say honestly how much was left out", async ({ page }) => {
  const overview = await (await page.request.get("/api/overview")).json();
  await page.goto("/");
  await page.getByRole("spinbutton", { name: "Max nodes" }).fill("10");
  await expect(page.getByText(`Showing 10 entities`)).toBeVisible();
  await expect(page.getByText(`${overview.total - 10} less connected entities are left out`)).toBeVisible();
  await expect.poll(async () => (await canvasState(page)).nodes.length).toBe(10);
});

test("pin the selected entity so that layouts leave it where it is", async ({ page }) => {
  await page.goto("/");
  await chooseEntity(page, "Search entities", "Harbin");
  await page.getByRole("button", { name: "Pin" }).click();
  await expect(page.getByRole("button", { name: "Unpin" })).toHaveAttribute("aria-pressed", "true");
  const locked = () =>
    page.evaluate(() => window.__graphbrief_cy?.getElementById("place:harbin").locked() ?? false);
  await expect.poll(locked).toBe(true);
  const where = () =>
    page.evaluate(() => {
      const cy = window.__graphbrief_cy;
      const state = document.querySelector("[data-testid='graph-canvas']")?.getAttribute("data-layout-state");
      return {
        idle: state === "idle",
        harbin: cy?.getElementById("place:harbin").position(),
        others: cy?.nodes("[id != 'place:harbin']").map((node) => node.position()) ?? [],
      };
    });
  const before = await where();
  await page.getByRole("combobox", { name: "Layout" }).selectOption("grid");
  await expect(page).toHaveURL(/layout=grid/);
  // Wait for the grid to be applied: the other nodes move, the pinned one does not.
  await expect
    .poll(async () => {
      const now = await where();
      return now.idle && JSON.stringify(now.others) !== JSON.stringify(before.others);
    })
    .toBe(true);
  expect((await where()).harbin).toEqual(before.harbin);
});

test("a tap on a node selects it and a double tap expands it", async ({ page }) => {
  await page.goto("/?start=empty&add=place%3Aharbin");
  await expect.poll(async () => (await canvasState(page)).nodes).toEqual(["place:harbin"]);
  const emit = (event: string) =>
    page.evaluate((name) => {
      // Return nothing: a Cytoscape collection is far too large to send back to the test.
      window.__graphbrief_cy?.getElementById("place:harbin").emit(name);
    }, event);

  await emit("tap");
  await expect(page.getByRole("article", { name: "Details of Harbin" })).toBeVisible();
  await expect(page).toHaveURL(/sel=place%3Aharbin/);

  await emit("dbltap");
  await expect.poll(async () => (await canvasState(page)).nodes.length).toBeGreaterThan(1);
  await expect(page).toHaveURL(/exp=place%3Aharbin/);
});
