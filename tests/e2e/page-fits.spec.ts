/** The page fits the window: nothing below the caption is cut off, and the page itself does not scroll. */
import { expect, test } from "@playwright/test";
import { waitForLayout } from "./support/layout.ts";

test.use({ viewport: { width: 1600, height: 1000 } });

test("at 1600×1000 the explorer fits the window, caption included", async ({ page }) => {
  // The overview: its timeline has bars, and the filters list every type.
  await page.goto("/");
  await expect(page.getByText(/^Showing \d+ entities/)).toBeVisible({ timeout: 30_000 });
  await waitForLayout(page, 20);
  const sizes = await page.evaluate(() => {
    const bottom = (selector: string) =>
      document.querySelector(selector)?.getBoundingClientRect().bottom ?? -1;
    return {
      page: document.documentElement.scrollHeight,
      caption: bottom(".graph-caption"),
      explorer: bottom(".explorer"),
      sidebar: bottom(".sidebar"),
      details: bottom(".details-panel"),
    };
  });
  expect(sizes, JSON.stringify(sizes)).toMatchObject({ page: 1000 });
  expect(sizes.caption).toBeLessThanOrEqual(1000);
  expect(sizes.sidebar).toBeLessThanOrEqual(1000);
  expect(sizes.details).toBeLessThanOrEqual(1000);
});
