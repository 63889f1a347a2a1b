import { expect, test } from "@playwright/test";
import type { EntityDetailsResponse } from "../../web/shared/api-types.ts";
import { canvasState, chooseEntity } from "./support/canvas.ts";

test("open the article behind an evidence sentence, with its mentions highlighted, and go to one in the graph", async ({
  page,
}) => {
  await page.goto("/");
  await chooseEntity(page, "Search entities", "Dandong");
  const details = page.getByRole("article", { name: "Details of Dandong" });
  await details.getByRole("button", { name: "Open article" }).first().click();

  const reader = page.getByRole("dialog", { name: /^Article: / });
  await expect(reader.getByRole("heading", { level: 2 })).toBeVisible();
  const mentions = reader.locator("mark");
  await expect(mentions.first()).toBeVisible();
  expect(await mentions.count()).toBeGreaterThan(5);
  await expect(reader.locator("mark", { hasText: /^Dandong/ }).first()).toBeVisible();

  await reader.getByRole("button", { name: "Harbin", exact: true }).first().click();
  await expect(page.getByRole("article", { name: "Details of Harbin" })).toBeVisible();
  await expect.poll(async () => (await canvasState(page)).selected).toEqual(["place:harbin"]);
});

test("open the article from a claim's evidence at the cited sentence, marked, also from a shared link", async ({
  page,
}) => {
  const harbin = (await (
    await page.request.get("/api/entities/place%3Aharbin")
  ).json()) as EntityDetailsResponse;
  // The evidence furthest into its article, so that an article opened at the top would not show it.
  const cited = harbin.links.flatMap((link) => link.evidence).sort((a, b) => b.start - a.start)[0];
  if (!cited) throw new Error("Harbin has no evidence");
  expect(cited.start).toBeGreaterThan(1000);

  await page.goto("/");
  await chooseEntity(page, "Search entities", "Harbin");
  const details = page.getByRole("article", { name: "Details of Harbin" });
  await details
    .locator("figure", { has: page.locator("blockquote", { hasText: cited.sentence }) })
    .first()
    .getByRole("button", { name: "Open article" })
    .click();

  const reader = page.getByRole("dialog", { name: `Article: ${cited.article.title}` });
  const sentence = reader.locator("mark").filter({ hasText: cited.sentence });
  await expect(sentence).toHaveCount(1);
  await expect(sentence).toBeInViewport();
  await expect(sentence).toBeFocused();
  // The panel scrolls, not the page: the header stays where it was.
  await expect(page.getByRole("banner")).toBeInViewport();
  // The mentions inside the sentence stay marked and clickable.
  await expect(sentence.getByRole("button", { name: "Harbin", exact: true })).toBeVisible();

  await page.reload();
  await expect(reader.locator("mark").filter({ hasText: cited.sentence })).toBeInViewport();
});
