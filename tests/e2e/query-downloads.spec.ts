/** A query's table downloads as CSV and JSON files, as a person saves them. */
import fs from "node:fs";
import { expect as baseExpect, test } from "@playwright/test";

const expect = baseExpect.configure({ timeout: 20_000 });

test("the result table downloads as a CSV file and a JSON file", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("tab", { name: "Queries" }).click();
  const editor = page.getByRole("textbox").and(page.locator(".cypher-editor .cm-content"));
  await editor.click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText("MATCH (p:Place) RETURN p.name AS place, -1 AS n ORDER BY place LIMIT 3");
  await page.keyboard.press("Control+Enter");
  const result = page.getByRole("region", { name: "Query result", exact: true });
  await expect(result.getByRole("columnheader", { name: "place" })).toBeVisible();

  const csvDownload = page.waitForEvent("download");
  await result.getByRole("button", { name: "Download CSV" }).click();
  const csv = await csvDownload;
  expect(csv.suggestedFilename()).toBe("query-result.csv");
  const lines = fs.readFileSync(await csv.path(), "utf8").split("\n");
  expect(lines[0]).toBe("place,n");
  expect(lines).toHaveLength(4);
  expect(lines[1]).toMatch(/^[^=+\-@].*,-1$/);

  const jsonDownload = page.waitForEvent("download");
  await result.getByRole("button", { name: "Download JSON" }).click();
  const json = await jsonDownload;
  expect(json.suggestedFilename()).toBe("query-result.json");
  const rows = JSON.parse(fs.readFileSync(await json.path(), "utf8")) as Array<{ place: string; n: number }>;
  expect(rows).toHaveLength(3);
  expect(rows[0]?.n).toBe(-1);
});
