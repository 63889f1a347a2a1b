/**
 * Briefing export in the explorer: a saved query's result opened from the queries view, the export dialog with its
 * preview, named files for PNG and SVG, a note kept in the URL and drawn as a callout, errors shown in the dialog,
 * and the route query's framed picture compared against a stored baseline, drawn with the font the SVG carries.
 */
import fs from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { PNG } from "pngjs";
import type {
  ExportHookOptions,
  ExportHookResult,
} from "../../web/client/features/export/use-export-hook.ts";
import { canvasState } from "./support/canvas.ts";
import { launchWithOneSerifFont } from "./support/one-font-browser.ts";

declare global {
  interface Window {
    __graphbrief_export?: (options?: ExportHookOptions) => Promise<ExportHookResult>;
  }
}

const ROUTE_VIEW = "/?q=worker-routes&qp.country=Russia&layout=dagre";

async function openRouteView(page: Page, extra = "") {
  await page.goto(`${ROUTE_VIEW}${extra}`);
  await expect.poll(async () => (await canvasState(page)).nodes).toContain("place:dandong");
}

async function openExportDialog(page: Page) {
  await page.getByRole("button", { name: "Export briefing picture" }).click();
  const dialog = page.getByRole("dialog", { name: "Export briefing picture" });
  await expect(dialog.getByRole("img", { name: "Preview of the briefing frame" })).toBeVisible();
  return dialog;
}

test("a saved query's result opens in the explorer as its graph", async ({ page }) => {
  await page.goto("/#query=worker-routes&country=Russia");
  const result = page.getByRole("region", { name: "Query result" });
  await result.getByRole("link", { name: "Open in explorer" }).click();
  await expect(page).toHaveURL(/\?q=worker-routes&qp\.country=Russia/);
  await expect
    .poll(async () => (await canvasState(page)).nodes)
    .toEqual(expect.arrayContaining(["place:pyongyang", "place:dandong", "place:harbin", "country:russia"]));
});

test("export the route view as SVG and PNG with named files", async ({ page }) => {
  await openRouteView(page);
  const dialog = await openExportDialog(page);
  await expect(dialog.getByRole("textbox", { name: "Title", exact: true })).toHaveValue(
    "Worker routes into a country",
  );
  await dialog.getByRole("textbox", { name: "Title", exact: true }).fill("Route Pyongyang Russia");

  const [svgDownload] = await Promise.all([
    page.waitForEvent("download"),
    dialog.getByRole("button", { name: "Save SVG" }).click(),
  ]);
  expect(svgDownload.suggestedFilename()).toMatch(/^route-pyongyang-russia-\d{4}-\d{2}-\d{2}\.svg$/);
  const svg = fs.readFileSync((await svgDownload.path()) ?? "", "utf8");
  expect(svg).toContain(">Route Pyongyang Russia</text>");
  expect(svg).toContain(">Dandong</text>");

  await dialog.getByRole("combobox", { name: "PNG scale" }).selectOption("3");
  const [pngDownload] = await Promise.all([
    page.waitForEvent("download"),
    dialog.getByRole("button", { name: "Save PNG" }).click(),
  ]);
  expect(pngDownload.suggestedFilename()).toMatch(/^route-pyongyang-russia-\d{4}-\d{2}-\d{2}\.png$/);
  const png = fs.readFileSync((await pngDownload.path()) ?? "");
  // The PNG header's size fields: 3× the default 1200×800 frame.
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([3600, 2400]);
});

test("a note on an entity is kept in the URL and drawn as a callout", async ({ page }) => {
  await openRouteView(page, "&sel=place%3Adandong");
  const dialog = await openExportDialog(page);
  await dialog.getByRole("combobox", { name: "Attach to" }).selectOption("place:dandong");
  await dialog.getByRole("textbox", { name: "Note text" }).fill("Border crossing <used> by crews");
  await dialog.getByRole("button", { name: "Save note" }).click();
  await expect(page).toHaveURL(/note\.place%3Adandong=Border\+crossing/);

  await page.reload();
  await expect.poll(async () => (await canvasState(page)).nodes).toContain("place:dandong");
  const result = await page.evaluate(() => window.__graphbrief_export?.({ format: "svg" }));
  expect(result?.svg).toContain('class="frame-callout"');
  expect(result?.svg).toContain(">Border crossing &lt;used&gt; by</text>");
});

test("an export that cannot be made says why in the dialog", async ({ page }) => {
  await openRouteView(page);
  const dialog = await openExportDialog(page);
  await dialog.getByRole("checkbox", { name: "Only the selection" }).check();
  await expect(dialog.getByRole("alert")).toHaveText("Nothing is selected to export.");
  await dialog.getByRole("checkbox", { name: "Only the selection" }).uncheck();
  await expect(dialog.getByRole("alert")).toHaveCount(0);
});

test("the route query's briefing frame matches its baseline, whatever fonts the machine has", async ({
  page,
  browser,
  playwright,
  launchOptions,
}) => {
  await openRouteView(page);
  const result = await page.evaluate(() =>
    window.__graphbrief_export?.({
      format: "svg",
      title: "Route: Pyongyang → Russia",
      subtitle: "Worker routes into Russia, sample corpus",
      date: "2026-11-23",
      origin: "http://127.0.0.1:8080",
    }),
  );
  expect(result?.svg).toBeTruthy();
  // The SVG carries its font: the same pixels with the machine's fonts and with one unrelated serif font alone.
  const oneFont = await launchWithOneSerifFont(playwright.chromium, launchOptions);
  try {
    for (const renderer of [browser, oneFont]) {
      const frame = await renderer.newPage({ viewport: { width: 1200, height: 800 } });
      await frame.setContent(`<body style="margin:0">${result?.svg ?? ""}</body>`);
      await frame.evaluate(() => document.fonts.ready);
      await expect(frame.locator("body > svg")).toHaveScreenshot("route-briefing-frame.png", {
        maxDiffPixelRatio: 0.01,
      });
      await frame.close();
    }
  } finally {
    await oneFont.close();
  }
});

test("the first PNG of a page draws its bold title in the shipped font", async ({ page }) => {
  await openRouteView(page);
  const result = await page.evaluate(() =>
    window.__graphbrief_export?.({ format: "png", title: "Route: Pyongyang → Russia", date: "2026-11-23" }),
  );
  const png = PNG.sync.read(Buffer.from(result?.pngBase64 ?? "", "base64"));
  // The bold title's band, 24 px from the left and top of the frame: dark pixels only where its letters are.
  let ink = 0;
  for (let y = 15; y < 50; y++) {
    for (let x = 20; x < 420; x++) if ((png.data[(y * png.width + x) * 4] ?? 255) < 128) ink++;
  }
  expect(ink).toBeGreaterThan(500);
});
