/**
 * An analyst's session end to end, as a person does it: search by alias and with a typo, add three related
 * entities (their links appear), expand one by a type of link from its context menu, select two entities and hide
 * them, find a path, open the article at the cited sentence, run a saved query with its entity picked from the
 * suggestions, download its CSV, open it in the explorer, export the overview at the default size, reload, and
 * see the same picture.
 */
import fs from "node:fs";
import { expect as baseExpect, type Page, test } from "@playwright/test";
import { PNG } from "pngjs";
import { canvasState } from "./support/canvas.ts";
import { dragNode, offsetsBeyond, screenPositions, waitForLayout } from "./support/layout.ts";

const expect = baseExpect.configure({ timeout: 20_000 });
const SHOTS = process.env.GRAPHBRIEF_SHOTS;

test.use({ viewport: { width: 1600, height: 1000 } });
test.setTimeout(240_000);

async function addFromSearch(page: Page, typed: string, name: string) {
  await page.getByRole("combobox", { name: "Search entities" }).fill(typed);
  await page
    .getByRole("listbox", { name: "Search entities suggestions" })
    .getByRole("option", { name: new RegExp(`^${name}\\b`) })
    .first()
    .click();
}

async function nodeAt(page: Page, id: string) {
  const point = (await screenPositions(page))[id];
  if (!point) throw new Error(`${id} is not on the canvas`);
  return point;
}

test("an analyst's session, from search to an exported picture that a reload draws again", async ({
  page,
}) => {
  await page.goto("/");
  // The first page of a fresh app can take a while on a busy machine.
  await expect
    .poll(async () => (await canvasState(page)).nodes.length, { timeout: 60_000 })
    .toBeGreaterThan(10);
  await page.getByRole("button", { name: "Clear canvas" }).click();

  // Search by alias, with a typo, and by name: three related entities, and their links appear.
  await addFromSearch(page, "DPRK", "North Korea");
  await addFromSearch(page, "Rusia", "Russia");
  await addFromSearch(page, "China", "China");
  await expect
    .poll(async () => (await canvasState(page)).nodes.sort())
    .toEqual(["country:china", "country:north-korea", "country:russia"]);
  await expect.poll(async () => (await canvasState(page)).visibleEdges.length).toBeGreaterThan(1);

  // Expand North Korea by one type of link, from its context menu.
  await waitForLayout(page, 3);
  const korea = await nodeAt(page, "country:north-korea");
  await page.mouse.click(korea.x, korea.y, { button: "right" });
  const menu = page.getByRole("menu", { name: "Actions for North Korea" });
  await menu
    .getByRole("group", { name: "Expand by type" })
    .getByRole("menuitem", { name: /^Expand related \(/ })
    .click();
  await expect.poll(async () => (await canvasState(page)).nodes.length).toBeGreaterThan(3);
  await waitForLayout(page, 4);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/walkthrough-expanded.png` });

  // Select two of the new entities (click, Shift-click) and hide them.
  const fresh = (await canvasState(page)).visibleNodes.filter((id) => !id.startsWith("country:"));
  const [first, second] = fresh;
  if (!first || !second) throw new Error(`the expansion brought fewer than two new entities: ${fresh}`);
  const a = await nodeAt(page, first);
  const b = await nodeAt(page, second);
  await page.mouse.click(a.x, a.y);
  await page.keyboard.down("Shift");
  await page.mouse.click(b.x, b.y);
  await page.keyboard.up("Shift");
  await expect(page.getByRole("toolbar", { name: "Selection" })).toContainText("2 selected");
  await page
    .getByRole("toolbar", { name: "Selection" })
    .getByRole("button", { name: "Hide selected" })
    .click();
  await expect.poll(async () => (await canvasState(page)).visibleNodes).not.toContain(first);
  expect((await canvasState(page)).visibleNodes).not.toContain(second);

  // Find a path from Russia (its menu) to Harbin.
  const russia = await nodeAt(page, "country:russia");
  await page.mouse.click(russia.x, russia.y, { button: "right" });
  await page
    .getByRole("menu", { name: "Actions for Russia" })
    .getByRole("menuitem", { name: "Find paths from here" })
    .click();
  await page.getByRole("combobox", { name: "Path to" }).fill("Harbin");
  await page
    .getByRole("listbox", { name: "Path to suggestions" })
    .getByRole("option", { name: /^Harbin\b/ })
    .first()
    .click();
  await expect
    .poll(async () => (await canvasState(page)).onPath)
    .toEqual(expect.arrayContaining(["country:russia", "place:harbin"]));
  await waitForLayout(page, 4);

  // Open the article behind Harbin at the cited sentence.
  const harbin = await nodeAt(page, "place:harbin");
  await page.mouse.click(harbin.x, harbin.y, { button: "right" });
  await page
    .getByRole("menu", { name: "Actions for Harbin" })
    .getByRole("menuitem", { name: /^Open article: / })
    .click();
  const reader = page.getByRole("dialog", { name: /^Article: / });
  await expect(reader.locator("mark.cited-sentence")).toBeInViewport();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/walkthrough-article.png` });

  // A saved query with its entity picked from the suggestions; its CSV; its picture in the explorer.
  await page.getByRole("tab", { name: "Queries" }).click();
  await page.getByRole("button", { name: "Neighbourhood of an entity" }).click();
  const form = page.getByRole("region", { name: "Parameters of Neighbourhood of an entity" });
  await form.getByRole("combobox", { name: "entity" }).fill("Pyongyng");
  await form
    .getByRole("listbox", { name: "entity suggestions" })
    .getByRole("option", { name: /^Pyongyang\b/ })
    .first()
    .click();
  await form.getByLabel(/^depth/).fill("1");
  await form.getByRole("button", { name: "Run query" }).click();
  const result = page.getByRole("region", { name: "Query result" });
  await expect(result.getByText(/^[1-9]\d* nodes, [1-9]\d* relationships$/)).toBeVisible();
  await result.getByRole("tab", { name: "Table" }).click();
  const [csv] = await Promise.all([
    page.waitForEvent("download"),
    result.getByRole("button", { name: "Download CSV" }).click(),
  ]);
  const lines = fs
    .readFileSync(await csv.path(), "utf8")
    .trim()
    .split("\n");
  expect(lines.length).toBeGreaterThan(1);
  await result.getByRole("tab", { name: "Graph" }).click();
  await result.getByRole("link", { name: "Open in explorer" }).click();
  await expect(page).toHaveURL(/q=entity-neighbourhood/);
  await expect(page).toHaveURL(/qp\.entity=Pyongyang/);
  await expect.poll(async () => (await canvasState(page)).nodes).toContain("place:pyongyang");

  // The overview, arranged by a drag, exported at the dialog's default size.
  await page.goto("/");
  await waitForLayout(page, 10);
  const [moved] = (await canvasState(page)).visibleNodes;
  if (!moved) throw new Error("the overview is empty");
  await dragNode(page, moved, 40, 30);
  await expect(page).toHaveURL(/at=/);
  await page.getByRole("button", { name: "Export briefing picture" }).click();
  const dialog = page.getByRole("dialog", { name: "Export briefing picture" });
  await expect(dialog.getByRole("img", { name: "Preview of the briefing frame" })).toBeVisible();
  const [png] = await Promise.all([
    page.waitForEvent("download"),
    dialog.getByRole("button", { name: "Save PNG" }).click(),
  ]);
  const picture = PNG.sync.read(fs.readFileSync(await png.path()));
  expect([picture.width, picture.height]).toEqual([2400, 1600]);
  await expect(dialog.getByRole("alert")).toHaveCount(0);
  await page.keyboard.press("Escape");
  await dialog
    .getByRole("button", { name: /^(Close|Cancel)$/ })
    .click()
    .catch(() => undefined);
  await expect(dialog).toBeHidden();
  // Every node where it was on the screen, as the analyst saw it.
  const before = await screenPositions(page);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/walkthrough-overview-before-reload.png` });

  await page.reload();
  await waitForLayout(page, 10);
  await expect.poll(async () => offsetsBeyond(before, await screenPositions(page), 2)).toEqual([]);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/walkthrough-overview-after-reload.png` });
});
