/**
 * The explorer's default view, the overview of the sample graph at 1600×1000, exported at the dialog's default
 * size: the preview appears, PNG and SVG are saved under the overview's title, and a legend with more types than
 * one column holds flows into columns (or names how many it leaves out) instead of refusing the picture.
 */
import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { PNG } from "pngjs";
import { canvasState } from "./support/canvas.ts";

test.use({ viewport: { width: 1600, height: 1000 } });

test("the default overview exports at the default size, with a title and a legend that fits", async ({
  page,
}) => {
  await page.goto("/");
  await expect.poll(async () => (await canvasState(page)).nodes.length).toBeGreaterThan(20);
  const entities = (await canvasState(page)).nodes.length;

  await page.getByRole("button", { name: "Export briefing picture" }).click();
  const dialog = page.getByRole("dialog", { name: "Export briefing picture" });
  await expect(dialog.getByRole("textbox", { name: "Title", exact: true })).toHaveValue(
    `Overview of ${entities} entities`,
  );
  await expect(dialog.getByRole("img", { name: "Preview of the briefing frame" })).toBeVisible();
  await expect(dialog.getByRole("alert")).toHaveCount(0);

  const [pngDownload] = await Promise.all([
    page.waitForEvent("download"),
    dialog.getByRole("button", { name: "Save PNG" }).click(),
  ]);
  expect(pngDownload.suggestedFilename()).toMatch(
    new RegExp(`^overview-of-${entities}-entities-\\d{4}-\\d{2}-\\d{2}\\.png$`),
  );
  const png = PNG.sync.read(fs.readFileSync((await pngDownload.path()) ?? ""));
  expect([png.width, png.height]).toEqual([2400, 1600]);

  const [svgDownload] = await Promise.all([
    page.waitForEvent("download"),
    dialog.getByRole("button", { name: "Save SVG" }).click(),
  ]);
  expect(svgDownload.suggestedFilename()).toMatch(/^overview-of-\d+-entities-\d{4}-\d{2}-\d{2}\.svg$/);
  const svg = fs.readFileSync((await svgDownload.path()) ?? "", "utf8");
  expect(svg).toContain(`>Overview of ${entities} entities</text>`);
  expect(svg).toContain('id="frame-legend"');
  await expect(dialog.getByRole("alert")).toHaveCount(0);

  // Every type the view shows is in the legend, or counted in its last row.
  const legend = svg.slice(
    svg.indexOf('id="frame-legend"'),
    svg.indexOf("</g>", svg.indexOf('id="frame-legend"')),
  );
  const omitted = Number(legend.match(/data-omitted="(\d+)"/)?.[1]);
  const rows = (legend.match(/<text [^>]*font-size="11" fill="#0f172a">/g) ?? []).length;
  const shown = await page.evaluate(() => {
    const cy = window.__graphbrief_cy;
    const types = (selector: string, key: string) =>
      new Set(cy?.elements(selector).map((element) => String(element.data(key)))).size;
    return types("node:visible", "type") + types("edge:visible", "type");
  });
  expect(rows + omitted).toBe(shown);
  if (omitted > 0) expect(legend).toContain(`and ${omitted} more type`);
});
