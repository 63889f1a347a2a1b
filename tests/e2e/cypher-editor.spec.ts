/**
 * The Cypher editor as a person uses it: typing after a failed run, colours, linting by the server's own Cypher
 * version, completion from the live graph, and a failed run that does not pass off the previous result as its own.
 */
import { expect as baseExpect, type Page, test } from "@playwright/test";

// Patient assertions: the lint and the runs go through a real Neo4j on a machine shared with other work.
const expect = baseExpect.configure({ timeout: 20_000 });

async function openQueries(page: Page) {
  await page.goto("/");
  await page.getByRole("tab", { name: "Queries" }).click();
  await expect(page.getByRole("region", { name: "Query library" })).toBeVisible();
}

function editorText(page: Page) {
  return page.getByRole("textbox").and(page.locator(".cypher-editor .cm-content"));
}

/** Empties the editor and types as a person does (brackets close themselves as they are typed). */
async function typeCypher(page: Page, text: string) {
  await editorText(page).click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  await page.keyboard.type(text);
}

test("typing after a syntax error goes where the cursor is", async ({ page }) => {
  await openQueries(page);
  await typeCypher(page, "MATCH (n:Entity RETURN n");
  await page.keyboard.press("Control+Enter");
  await expect(page.getByRole("alert")).toContainText("Invalid input 'RETURN'");

  await page.keyboard.press("End");
  await page.keyboard.type(" LIMIT 5");
  await expect(editorText(page)).toHaveText("MATCH (n:Entity RETURN n) LIMIT 5");

  // Still after the error: fix the pattern by hand, then run.
  await page.keyboard.press("Home");
  for (let i = 0; i < "MATCH (n:Entity".length; i++) await page.keyboard.press("ArrowRight");
  await page.keyboard.type(")");
  for (let i = 0; i < " RETURN n".length + 1; i++) await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Backspace");
  await expect(editorText(page)).toHaveText("MATCH (n:Entity) RETURN n LIMIT 5");
  await page.keyboard.press("Control+Enter");
  await expect(
    page.getByRole("region", { name: "Query result", exact: true }).getByText(/^5 rows in/),
  ).toBeVisible();
  await expect(page.getByRole("alert")).toHaveCount(0);
});

test("a failed run marks the previous result as not its answer", async ({ page }) => {
  await openQueries(page);
  await typeCypher(page, "MATCH (p:Place) RETURN p.name AS place LIMIT 3");
  await page.keyboard.press("Control+Enter");
  await expect(
    page.getByRole("region", { name: "Query result", exact: true }).getByText(/^3 rows in/),
  ).toBeVisible();

  await typeCypher(page, "MATCH (p:Place RETURN p");
  await page.keyboard.press("Control+Enter");
  await expect(page.getByRole("alert")).toContainText("Invalid input");
  await expect(page.getByRole("region", { name: "Query result", exact: true })).toHaveCount(0);
  const previous = page.getByRole("region", { name: "Previous query result" });
  await expect(previous.getByRole("note")).toHaveText(/not an answer to the query that failed/);
});

test("Cypher is drawn in colours: keywords, labels and numbers apart", async ({ page }) => {
  await openQueries(page);
  await typeCypher(page, "MATCH (e:Entity) RETURN e LIMIT 25");
  const colour = (text: string) =>
    editorText(page)
      .locator("span", { hasText: new RegExp(`^${text}$`) })
      .first()
      .evaluate((span) => getComputedStyle(span).color);
  const [keyword, label, number, plain] = await Promise.all([
    colour("MATCH"),
    colour(":Entity"),
    colour("25"),
    editorText(page).evaluate((content) => getComputedStyle(content).color),
  ]);
  expect(new Set([keyword, label, number, plain]).size).toBe(4);
});

test("the server lints: a valid Cypher 5 saved query is not underlined, a typo is, before running", async ({
  page,
}) => {
  await openQueries(page);
  const linted = page.waitForResponse(
    async (response) =>
      response.url().endsWith("/api/cypher/lint") &&
      (response.request().postData() ?? "").includes("ROUTE_LEG"),
  );
  await page.getByRole("button", { name: "Worker routes into a country" }).click();
  await expect(editorText(page)).toContainText("->{1,3}");
  expect(await (await linted).json()).toEqual({ problems: [] });
  await expect(page.locator(".cypher-editor .cm-lintRange")).toHaveCount(0);

  await typeCypher(page, "MATCH (e:Entity) RETRUN e");
  await expect(page.locator(".cypher-editor .cm-lintRange-error", { hasText: "RETRUN" })).toBeVisible();
  await expect(page.getByRole("alert")).toHaveCount(0);
});
