/** A saved query's entity parameter is picked from search suggestions: by alias, and forgiving a typo. */
import { expect as baseExpect, test } from "@playwright/test";

const expect = baseExpect.configure({ timeout: 20_000 });
const SHOTS = process.env.GRAPHBRIEF_SHOTS;

test.use({ viewport: { width: 1600, height: 1000 } });

test("type a misspelt name into an entity parameter, pick the entity from the suggestions, run the query", async ({
  page,
}) => {
  await page.goto("/");
  await page.getByRole("tab", { name: "Queries" }).click();
  await page.getByRole("button", { name: "Neighbourhood of an entity" }).click();
  const form = page.getByRole("region", { name: "Parameters of Neighbourhood of an entity" });
  const entity = form.getByRole("combobox", { name: "entity" });
  await expect(entity).toHaveValue("Dandong");

  await entity.fill("Pyongyng");
  const suggestions = form.getByRole("listbox", { name: "entity suggestions" });
  await expect(suggestions.getByRole("option").first()).toContainText("Pyongyang");
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/query-entity-suggestions.png` });
  await suggestions
    .getByRole("option", { name: /^Pyongyang\b/ })
    .first()
    .click();
  await expect(entity).toHaveValue("Pyongyang");
  await form.getByLabel(/^depth/).fill("1");
  await form.getByRole("button", { name: "Run query" }).click();
  const result = page.getByRole("region", { name: "Query result" });
  await expect(result.getByText(/^[1-9]\d* nodes, [1-9]\d* relationships$/)).toBeVisible();
  await expect(form.getByRole("link", { name: "Link to this query" })).toHaveAttribute(
    "href",
    /entity=Pyongyang/,
  );

  // By an alias: "DPRK" suggests North Korea.
  await entity.fill("DPRK");
  await expect(suggestions.getByRole("option").first()).toContainText("North Korea");
});
