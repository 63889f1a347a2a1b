import { expect, type Page, test } from "@playwright/test";
import type { EntityDetailsResponse } from "../../web/shared/api-types.ts";

function harbinOnMap(page: Page) {
  return page.getByRole("button", { name: "Harbin (Place)", exact: true });
}

function harbinInStrip(page: Page) {
  return page.getByRole("region", { name: "Not on the map" }).getByRole("button", { name: /^Harbin/ });
}

test("a place selected on the map stays at its place, with its coordinates in the details", async ({
  page,
}) => {
  const harbin = (await (
    await page.request.get("/api/entities/place%3Aharbin")
  ).json()) as EntityDetailsResponse;
  const { lat, lon } = harbin.entity.properties;
  expect(typeof lat).toBe("number");
  expect(typeof lon).toBe("number");

  await page.goto("/?map=1");
  await expect(page.locator("[data-map-state='drawn']")).toBeVisible();
  await harbinOnMap(page).click();
  await expect(page).toHaveURL(/sel=place%3Aharbin/);

  const details = page.getByRole("article", { name: "Details of Harbin" });
  await expect(details.getByText(String(lat), { exact: true })).toBeVisible();
  await expect(details.getByText(String(lon), { exact: true })).toBeVisible();
  await expect(harbinOnMap(page)).toBeVisible();
  await expect(harbinInStrip(page)).toHaveCount(0);

  // The same from a shared link, and after selecting it in the graph view first.
  await page.goto("/?sel=place%3Aharbin");
  await expect(details).toBeVisible();
  await page
    .getByRole("toolbar", { name: "Canvas" })
    .getByRole("button", { name: "Map", exact: true })
    .click();
  await expect(page.locator("[data-map-state='drawn']")).toBeVisible();
  await expect(harbinOnMap(page)).toBeVisible();
  await expect(harbinInStrip(page)).toHaveCount(0);
});
