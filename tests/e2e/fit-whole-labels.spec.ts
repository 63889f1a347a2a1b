/**
 * A fitted picture shows every label whole: the nodes at the edges of the overview (its left column of unlinked
 * entities has long names) have their labels inside the canvas after the first layout, after Fit to screen, and
 * when the canvas leaves none out.
 */
import { expect, type Page, test } from "@playwright/test";
import { waitForLayout } from "./support/layout.ts";

test.use({ viewport: { width: 1600, height: 1000 } });

const SHOTS = process.env.GRAPHBRIEF_SHOTS;

/**
 * The labels that reach beyond the canvas (`id by left/right/top/bottom px`): those drawn now, or with `all`,
 * every node's label as drawn when none is left out for room.
 */
function labelsOutside(page: Page, all: boolean): Promise<string[]> {
  return page.evaluate((every) => {
    const cy = window.__graphbrief_cy;
    if (!cy) return ["no canvas"];
    const width = cy.width();
    const height = cy.height();
    const quiet = every ? cy.nodes(".label-quiet") : cy.collection();
    // Shown and read back within one task: no frame in between arranges the labels again.
    quiet.removeClass("label-quiet");
    const outside = cy
      .nodes(":visible")
      .toArray()
      .flatMap((node) => {
        if (String(node.style("label")) === "") return [];
        const box = node.renderedBoundingBox({ includeLabels: true, includeOverlays: false });
        const beyond = [
          ["left", -box.x1],
          ["right", box.x2 - width],
          ["top", -box.y1],
          ["bottom", box.y2 - height],
        ].filter(([, by]) => Number(by) > 0);
        return beyond.map(([side, by]) => `${node.id()} by ${side} ${Number(by).toFixed(1)}px`);
      });
    quiet.addClass("label-quiet");
    return outside;
  }, all);
}

/** The canvas's box against the other parts of the explorer: nothing covers it. */
async function canvasUncovered(page: Page) {
  const canvas = await page.getByTestId("graph-canvas").boundingBox();
  if (!canvas) throw new Error("no canvas");
  const covered = await page.evaluate(
    ({ x, y, width, height }) =>
      [
        [x + 2, y + 2],
        [x + width - 2, y + 2],
        [x + 2, y + height - 2],
        [x + width - 2, y + height - 2],
      ].filter(
        ([px, py]) => !document.elementFromPoint(px ?? 0, py ?? 0)?.closest("[data-testid='graph-canvas']"),
      ),
    canvas,
  );
  expect(covered).toEqual([]);
}

test("the fitted overview shows every label of the nodes at its edges whole", async ({ page }) => {
  await page.goto("/");
  await waitForLayout(page, 30);
  await canvasUncovered(page);
  await expect.poll(() => labelsOutside(page, false)).toEqual([]);
  expect(await labelsOutside(page, true)).toEqual([]);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/fit-overview.png` });

  // Zoomed in, then fitted again.
  const box = await page.getByTestId("graph-canvas").boundingBox();
  if (!box) throw new Error("no canvas");
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let step = 0; step < 4; step += 1) await page.mouse.wheel(0, -300);
  await page.getByRole("button", { name: "Fit to screen" }).click();
  await expect.poll(() => labelsOutside(page, false)).toEqual([]);
  expect(await labelsOutside(page, true)).toEqual([]);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/fit-overview-refitted.png` });
});
