import { expect, type Locator, type Page, test } from "@playwright/test";
import { canvasState } from "./support/canvas.ts";

async function centreOf(locator: Locator) {
  const box = await locator.boundingBox();
  if (!box) throw new Error("not drawn");
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Drags across the timeline's brush from one point to another, as a person does with the mouse. */
async function brush(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 6 });
  await page.mouse.up();
}

const dates = async (page: Page) => (await canvasState(page)).visibleEdges.map((edge) => edge.firstPublished);

test("the timeline's brush narrows the graph to a window of months, play steps through them, the URL keeps both", async ({
  page,
}) => {
  await page.goto("/");
  const timeline = page.getByRole("region", { name: "Timeline" });
  await expect.poll(async () => (await dates(page)).length).toBeGreaterThan(0);
  const all = await dates(page);
  expect(all).toContain("2020");
  expect(all.some((date) => date?.startsWith("2024-08"))).toBe(true);
  expect(all).toContain(null);

  // From the October 2023 bar to the end: only claims first reported since then (and the undated ones).
  const october = timeline.locator("rect[data-month='2023-10']");
  const august = timeline.locator("rect[data-month='2024-08']");
  await brush(page, await centreOf(october), await centreOf(august));
  await expect(page).toHaveURL(/since=2023-10/);
  await expect(timeline.getByRole("status", { name: "Time window" })).toHaveText(
    "Claims first reported: Oct 2023 – Aug 2024",
  );
  await expect.poll(async () => (await dates(page)).filter((date) => date === "2020")).toEqual([]);
  expect((await dates(page)).some((date) => date?.startsWith("2024-08"))).toBe(true);

  // From the start of 2020 to October 2023: the claims of August 2024 go, the year-only ones of 2020 come back.
  const year2020 = await timeline.locator("rect[data-span='2020']").boundingBox();
  if (!year2020) throw new Error("no 2020 band");
  await brush(page, { x: year2020.x + 2, y: year2020.y + year2020.height / 2 }, await centreOf(october));
  await expect(page).toHaveURL(/until=2023-10/);
  await expect(page).not.toHaveURL(/since=/);
  await expect.poll(async () => (await dates(page)).filter((date) => date?.startsWith("2024"))).toEqual([]);
  expect(await dates(page)).toContain("2020");

  // A reload (or a shared link) gives the same window.
  await page.reload();
  await expect(
    page.getByRole("region", { name: "Timeline" }).getByRole("status", { name: "Time window" }),
  ).toHaveText("Claims first reported: Jan 2020 – Oct 2023");
  await expect.poll(async () => (await dates(page)).length).toBeGreaterThan(0);
  expect((await dates(page)).filter((date) => date?.startsWith("2024"))).toEqual([]);

  // Undated claims have their own bin and switch.
  await page.getByRole("checkbox", { name: /^Undated claims/ }).uncheck();
  await expect.poll(async () => (await dates(page)).filter((date) => date === null)).toEqual([]);
  await page.getByRole("checkbox", { name: /^Undated claims/ }).check();

  // Play from the beginning: the window's end moves on month by month, the graph with it.
  // Every text the window shows is recorded as it changes, so that a busy machine cannot make a step pass unseen.
  await page.getByRole("button", { name: "All months" }).click();
  const window = page.getByRole("region", { name: "Timeline" }).getByRole("status", { name: "Time window" });
  await window.evaluate((output) => {
    const shown: string[] = [];
    (globalThis as { __windows?: string[] }).__windows = shown;
    new MutationObserver(() => shown.push(output.textContent ?? "")).observe(output, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
  await page.getByRole("button", { name: "Play" }).click();
  await expect(window).toHaveText("Claims first reported: Jan 2020 – Mar 2020");
  await page.getByRole("button", { name: "Pause" }).click();
  const shown = await page.evaluate(() => (globalThis as { __windows?: string[] }).__windows ?? []);
  const steps = [...new Set(shown)].filter((text) => text.includes("Jan 2020 – "));
  expect(steps.slice(0, 3)).toEqual([
    "Claims first reported: Jan 2020 – Jan 2020",
    "Claims first reported: Jan 2020 – Feb 2020",
    "Claims first reported: Jan 2020 – Mar 2020",
  ]);
  const paused = await window.textContent();
  const url = new URL(page.url());
  expect(url.searchParams.get("until")).toMatch(/^2020-\d\d$/);
  // The graph has gone back to what was reported by then.
  const until = url.searchParams.get("until") ?? "";
  await expect
    .poll(async () => (await dates(page)).filter((date) => date !== null && date.slice(0, 7) > until))
    .toEqual([]);
  await page.getByRole("button", { name: "Step forward a month" }).click();
  const [year = 0, month = 0] = until.split("-").map(Number);
  const next = month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, "0")}`;
  await expect(page).toHaveURL(new RegExp(`until=${next}`));
  expect(await window.textContent()).not.toBe(paused);
  const stepped = await window.textContent();

  // A reload (or a shared link) gives the window play and step left, and its graph.
  await page.reload();
  await expect(
    page.getByRole("region", { name: "Timeline" }).getByRole("status", { name: "Time window" }),
  ).toHaveText(stepped ?? "");
  await expect.poll(async () => (await dates(page)).length).toBeGreaterThan(0);
  expect((await dates(page)).filter((date) => date !== null && date > `${next}-31`)).toEqual([]);
});
