import { expect, type Page, test } from "@playwright/test";

async function openQueries(page: Page, url = "/") {
  await page.goto(url);
  await page.getByRole("tab", { name: "Queries" }).click();
  await expect(page.getByRole("region", { name: "Query library" })).toBeVisible();
}

async function replaceCypher(page: Page, text: string) {
  const editor = page.locator(".cypher-editor .cm-content");
  await editor.click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(text);
}

test("pick a saved query, fill its form, run it and see the graph", async ({ page }) => {
  await openQueries(page);
  await page.getByRole("searchbox", { name: "Search saved queries" }).fill("within a number of relations");
  await page.getByRole("button", { name: "Neighbourhood of an entity" }).click();
  const form = page.getByRole("region", { name: "Parameters of Neighbourhood of an entity" });
  await form.getByLabel(/^entity/).fill("Dandong");
  await form.getByLabel(/^depth/).fill("1");
  await form.getByRole("button", { name: "Run query" }).click();
  const result = page.getByRole("region", { name: "Query result" });
  await expect(result.getByRole("img", { name: "Query result graph" })).toBeVisible();
  await expect(result.getByText(/^[1-9]\d* nodes, [1-9]\d* relationships$/)).toBeVisible();
  await result.getByRole("tab", { name: "Table" }).click();
  await expect(result.getByRole("columnheader", { name: "path" })).toBeVisible();
});

test("edit Cypher, run it with Ctrl+Enter and see a syntax error at its position", async ({ page }) => {
  await openQueries(page);
  await replaceCypher(page, "MATCH (e:Entity)\nRETRUN e");
  await page.keyboard.press("Control+Enter");
  await expect(page.getByRole("alert")).toContainText("Invalid input 'RETRUN'");
  await expect(page.getByRole("alert")).toContainText("(line 2, column 1)");
  // Underlined where it is: the second line's first word.
  await expect(page.locator(".cypher-editor .cm-lintRange-error", { hasText: "RETRUN" })).toBeVisible();

  await replaceCypher(page, "MATCH (e:Entity) RETURN e.name AS name ORDER BY name LIMIT 3");
  await page.keyboard.press("Control+Enter");
  const result = page.getByRole("region", { name: "Query result" });
  await expect(result.getByRole("columnheader", { name: "name" })).toBeVisible();
  await expect(result.getByRole("row")).toHaveCount(4);
});

test("a write typed into the editor is refused", async ({ page }) => {
  await openQueries(page);
  await replaceCypher(page, "MATCH (n) DETACH DELETE n");
  await page.keyboard.press("Control+Enter");
  await expect(page.getByRole("alert")).toContainText(/^Refused: .*Only read-only queries can run here\./);
});

test.describe("saving", () => {
  const name = `e2e-places-${Date.now()}`;

  test("save a new query and find it in the library after a reload", async ({ page }) => {
    await openQueries(page);
    await replaceCypher(page, "MATCH (p:Place) RETURN p.name AS place ORDER BY place LIMIT 5");
    await page.getByRole("button", { name: "Save as query…" }).click();
    const form = page.getByRole("form", { name: "Save query" });
    await form.getByLabel(/^Name/).fill(name);
    await form.getByLabel("Title").fill(`Places for ${name}`);
    await form.getByRole("button", { name: "Save" }).click();
    await expect(form.getByRole("status")).toHaveText(`Saved as ${name}`);

    await page.reload();
    await page.getByRole("tab", { name: "Queries" }).click();
    await page.getByRole("searchbox", { name: "Search saved queries" }).fill(name);
    await page.getByRole("button", { name: `Places for ${name}` }).click();
    await page.getByRole("button", { name: "Run query" }).click();
    await expect(page.getByRole("region", { name: "Query result" }).getByRole("row")).toHaveCount(6);
  });
});

test("a shared link opens the query with its parameters and runs it", async ({ page }) => {
  await page.goto("/#query=entity-neighbourhood&entity=Harbin&depth=1");
  const form = page.getByRole("region", { name: "Parameters of Neighbourhood of an entity" });
  await expect(form.getByLabel(/^entity/)).toHaveValue("Harbin");
  await expect(form.getByLabel(/^depth/)).toHaveValue("1");
  const result = page.getByRole("region", { name: "Query result" });
  await expect(result.getByText(/^[1-9]\d* nodes, [1-9]\d* relationships$/)).toBeVisible();
  await expect(form.getByRole("link", { name: "Link to this query" })).toHaveAttribute(
    "href",
    /#query=entity-neighbourhood&entity=Harbin&depth=1/,
  );
});
