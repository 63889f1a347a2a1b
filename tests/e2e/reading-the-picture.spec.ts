/**
 * Reading the picture: node size by links or by independent sources, labels that make room for each other
 * (shown again on zoom or hover), and hiding the entities no drawn link reaches.
 */
import { expect, type Page, test } from "@playwright/test";
import type { GraphResponse } from "../../web/shared/api-types.ts";
import { canvasState } from "./support/canvas.ts";
import { dragNode, screenPositions, waitForLayout } from "./support/layout.ts";

test.use({ viewport: { width: 1600, height: 1000 } });

const SHOTS = process.env.GRAPHBRIEF_SHOTS;

function nodeWidths(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const found: Record<string, number> = {};
    window.__graphbrief_cy?.nodes().forEach((node) => {
      found[node.id()] = node.width();
    });
    return found;
  });
}

interface LabelView {
  id: string;
  quiet: boolean;
  box: { x1: number; y1: number; x2: number; y2: number };
}

function labels(page: Page): Promise<LabelView[]> {
  return page.evaluate(() =>
    (window.__graphbrief_cy?.nodes(":visible") ?? []).map((node) => {
      const box = node.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
      return {
        id: node.id(),
        quiet: String(node.style("label")) === "",
        box: { x1: box.x1, y1: box.y1, x2: box.x2, y2: box.y2 },
      };
    }),
  );
}

function overlapping(shown: LabelView[]): string[] {
  const pairs: string[] = [];
  for (const [index, a] of shown.entries()) {
    for (const b of shown.slice(index + 1)) {
      const dx = Math.min(a.box.x2, b.box.x2) - Math.max(a.box.x1, b.box.x1);
      const dy = Math.min(a.box.y2, b.box.y2) - Math.max(a.box.y1, b.box.y1);
      if (dx > 2 && dy > 2) pairs.push(`${a.id}/${b.id}`);
    }
  }
  return pairs;
}

test("node size follows the links drawn, or the independent sources behind them, and the URL keeps the choice", async ({
  page,
}) => {
  await page.goto("/?start=empty&exp=place%3Adandong");
  await waitForLayout(page, 4);
  const same = await nodeWidths(page);
  expect(new Set(Object.values(same)).size).toBe(1);

  await page.getByRole("combobox", { name: "Node size" }).selectOption({ label: "By links" });
  await expect(page).toHaveURL(/size=links/);
  await expect
    .poll(async () => (await nodeWidths(page))["place:dandong"])
    .toBeGreaterThan(same["place:dandong"] ?? 0);
  const byLinks = await nodeWidths(page);
  // Dandong has a link to every other node here: it is the largest.
  const largest = Math.max(...Object.values(byLinks));
  expect(byLinks["place:dandong"]).toBe(largest);
  expect(Math.min(...Object.values(byLinks))).toBeLessThan(largest);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/size-by-links.png` });

  await page.getByRole("combobox", { name: "Node size" }).selectOption({ label: "By sources" });
  await expect(page).toHaveURL(/size=sources/);
  await expect.poll(async () => JSON.stringify(await nodeWidths(page))).not.toBe(JSON.stringify(byLinks));
  const bySources = await nodeWidths(page);

  await page.reload();
  await waitForLayout(page, 4);
  await expect.poll(() => nodeWidths(page)).toEqual(bySources);
  await expect(page.getByRole("combobox", { name: "Node size" })).toHaveValue("sources");
});

test("on the overview no two labels overlap; hidden ones show on hover and when zoomed in", async ({
  page,
}) => {
  await page.goto("/");
  await waitForLayout(page, 30);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/overview-labels.png` });
  await expect
    .poll(async () => (await labels(page)).filter((label) => label.quiet).length)
    .toBeGreaterThan(0);
  const first = await labels(page);
  const shown = first.filter((label) => !label.quiet);
  expect(shown.length).toBeGreaterThan(5);
  expect(overlapping(shown)).toEqual([]);

  const quiet = first.find((label) => label.quiet);
  const point = quiet ? (await screenPositions(page))[quiet.id] : undefined;
  if (!quiet || !point) throw new Error("no label was left out");
  await page.mouse.move(point.x, point.y);
  await expect
    .poll(async () => (await labels(page)).find((label) => label.id === quiet.id)?.quiet)
    .toBe(false);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/overview-label-hover.png` });

  // Zooming in gives the labels room: fewer are left out.
  await page.mouse.move(point.x + 300, point.y + 300);
  const box = await page.getByTestId("graph-canvas").boundingBox();
  if (!box) throw new Error("no canvas");
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let step = 0; step < 5; step += 1) await page.mouse.wheel(0, -300);
  await expect
    .poll(async () => {
      const now = await labels(page);
      return now.filter((label) => label.quiet).length / Math.max(1, now.length);
    })
    .toBeLessThan(first.filter((label) => label.quiet).length / first.length);
  expect(overlapping((await labels(page)).filter((label) => !label.quiet))).toEqual([]);
});

/** The ids of the nodes whose labels are drawn, once no new arrangement of the labels is pending. */
async function shownLabels(page: Page): Promise<string[]> {
  // Two frames: the labels are arranged on the frame after a change.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  return (await labels(page))
    .filter((label) => !label.quiet)
    .map((label) => label.id)
    .sort();
}

test("the labels left out are the same after a reload and in a colleague's browser", async ({
  page,
  browser,
}) => {
  await page.goto("/");
  await waitForLayout(page, 30);
  // A drag puts every node's place and the zoom in the URL (`at=`, `vp=`), rounded as a link keeps them.
  const [moved] = (await canvasState(page)).visibleNodes;
  if (!moved) throw new Error("the overview is empty");
  await dragNode(page, moved, 40, 30);
  await expect(page).toHaveURL(/at=.*vp=/);
  // The pointer off the canvas, so that no label is shown for being under it.
  await page.mouse.move(1, 1);
  const sent = await shownLabels(page);
  expect(sent.length).toBeGreaterThan(5);
  expect(sent.length).toBeLessThan((await canvasState(page)).visibleNodes.length);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/labels-sender.png` });

  await page.reload();
  await waitForLayout(page, 30);
  await expect.poll(() => shownLabels(page)).toEqual(sent);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/labels-reloaded.png` });

  const colleague = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  try {
    const received = await colleague.newPage();
    await received.goto(page.url());
    await waitForLayout(received, 30);
    await expect.poll(() => shownLabels(received)).toEqual(sent);
  } finally {
    await colleague.close();
  }
});

test("Hide unlinked hides the entities no drawn link reaches, and shows them again", async ({ page }) => {
  const overview = (await (await page.request.get("/api/overview")).json()) as GraphResponse;
  const ends = ["place:dandong", "place:harbin"];
  const linked = new Set(
    overview.edges.flatMap((edge) =>
      ends.includes(edge.source) ? [edge.target] : ends.includes(edge.target) ? [edge.source] : [],
    ),
  );
  const lone = overview.nodes.find((node) => !ends.includes(node.id) && !linked.has(node.id));
  if (!lone) throw new Error("every overview entity is linked to Dandong or Harbin");

  await page.goto(
    `/?start=empty&add=${ends.map(encodeURIComponent).join(",")},${encodeURIComponent(lone.id)}`,
  );
  await waitForLayout(page, 3);
  await expect.poll(async () => (await canvasState(page)).visibleEdges.length).toBeGreaterThan(0);
  expect((await canvasState(page)).visibleNodes).toContain(lone.id);

  const toggle = page.getByRole("button", { name: "Hide unlinked" });
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await expect.poll(async () => (await canvasState(page)).visibleNodes.sort()).toEqual([...ends].sort());
  await expect(page).toHaveURL(/unlinked=hide/);
  await toggle.click();
  await expect.poll(async () => (await canvasState(page)).visibleNodes).toContain(lone.id);
});
