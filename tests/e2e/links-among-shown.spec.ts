import { expect, type Page, test } from "@playwright/test";
import { canvasState } from "./support/canvas.ts";

/** Searches for an entity and chooses the suggestion of that name and type (a treaty may be named alike). */
async function addFromSearch(page: Page, name: string, type: string) {
  await page.getByRole("combobox", { name: "Search entities" }).fill(name);
  await page
    .getByRole("listbox", { name: "Search entities suggestions" })
    .getByRole("option", { name: new RegExp(`^${name} ${type}`) })
    .click();
}

const edgesBetween = async (page: Page, a: string, b: string) =>
  (await canvasState(page)).visibleEdges.filter((edge) => edge.id.includes(a) && edge.id.includes(b));

test("entities added one by one from search are drawn with every link between them", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Clear canvas" }).click();
  await addFromSearch(page, "Russia", "Country");
  await addFromSearch(page, "North Korea", "Country");
  await addFromSearch(page, "China", "Country");
  await expect
    .poll(async () => (await canvasState(page)).nodes.sort())
    .toEqual(["country:china", "country:north-korea", "country:russia"]);

  // North Korea sends workers to both, as the details panel says: those links are drawn without any expansion.
  await expect
    .poll(async () => (await edgesBetween(page, "country:north-korea", "country:russia")).map((e) => e.type))
    .toContain("DISPATCHES_WORKERS_TO");
  await expect
    .poll(async () => (await edgesBetween(page, "country:north-korea", "country:china")).map((e) => e.type))
    .toContain("DISPATCHES_WORKERS_TO");
  const drawn = (await canvasState(page)).visibleEdges.length;
  await expect(page.getByText(`Showing 3 entities and ${drawn} links`)).toBeVisible();

  await addFromSearch(page, "Kim Jong Un", "Person");
  await expect
    .poll(async () => (await edgesBetween(page, "person:kim-jong-un", "country:russia")).map((e) => e.type))
    .toContain("VISITS");
  await expect(page.getByText(/^Showing 4 entities and \d+ links/)).toBeVisible();

  // The same view after a reload: the links come back with the entities.
  await page.reload();
  await expect
    .poll(async () => (await edgesBetween(page, "person:kim-jong-un", "country:russia")).map((e) => e.type))
    .toContain("VISITS");
});
