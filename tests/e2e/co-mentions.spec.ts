/**
 * Co-mentions on the canvas and in the details, on a graph written by the loader's write stage from a hand-made
 * extraction (a typed claim, a RELATED claim with its phrase, a route, and co-mentions, one of them from an
 * article that states no claim at all).
 */
import { expect, type Page, test } from "@playwright/test";
import type { ExportHookResult } from "../../web/client/features/export/use-export-hook.ts";
import { coMentionExtraction, SIGHTING } from "../fixtures/co-mention-extraction.ts";
import { chooseEntity } from "./support/canvas.ts";
import { type PrivateApp, startPrivateApp } from "./support/private-app.ts";

let app: PrivateApp;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  app = await startPrivateApp({ portOffset: 2, extraction: coMentionExtraction() });
});

test.afterAll(async () => {
  await app?.stop();
});

interface DrawnEdge {
  type: string;
  label: string;
  width: number;
  opacity: number;
  visible: boolean;
}

const drawnEdges = (page: Page) =>
  page.evaluate(() =>
    (window.__graphbrief_cy?.edges() ?? []).map((edge) => ({
      type: String(edge.data("type")),
      label: String(edge.data("label")),
      width: Number.parseFloat(String(edge.style("width"))),
      opacity: Number(edge.style("opacity")),
      visible: edge.visible(),
    })),
  ) as Promise<DrawnEdge[]>;

const visibleTypes = async (page: Page) =>
  (await drawnEdges(page))
    .filter((edge) => edge.visible)
    .map((edge) => edge.type)
    .sort();

test("co-mentions are off by default, counted on their toggle, and drawn faint and thin when switched on", async ({
  page,
}) => {
  await page.goto(app.url);
  const toggle = page.getByRole("button", { name: /^Co-mentions \(\d+\)$/ });
  await expect.poll(() => visibleTypes(page)).toEqual(["OPERATES", "RELATED", "ROUTE_LEG", "ROUTE_LEG"]);
  await expect(toggle).toHaveText("Co-mentions (4)");
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await expect(page.getByText(/^Showing 6 entities and 4 links\./)).toBeVisible();

  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await expect(page).toHaveURL(/comentions=1/);
  await expect
    .poll(async () => (await visibleTypes(page)).filter((type) => type === "CO_MENTIONED"))
    .toHaveLength(4);
  const edges = await drawnEdges(page);
  const coMentions = edges.filter((edge) => edge.type === "CO_MENTIONED");
  const claims = edges.filter((edge) => edge.type !== "CO_MENTIONED");
  for (const edge of coMentions) {
    expect(edge.width).toBeLessThan(Math.min(...claims.map((claim) => claim.width)));
    expect(edge.opacity).toBeLessThan(1);
    expect(edge.label).toBe("");
  }
  await expect(page.getByText(/^Showing 6 entities and 4 links \(and 4 co-mentions\)/)).toBeVisible();
  // Still claims only in the relationship-type filter.
  await expect(
    page.getByRole("region", { name: "Filters" }).getByRole("checkbox", { name: "CO_MENTIONED" }),
  ).toHaveCount(0);

  // The briefing cites the articles behind claims only: the sighting article states none.
  const exported = (await page.evaluate(() =>
    window.__graphbrief_export?.({ format: "svg" }),
  )) as ExportHookResult;
  expect(exported.edges.filter((edge) => edge.type === "CO_MENTIONED")).toHaveLength(4);
  expect(exported.articles.map((article) => article.id)).toEqual(["wire-1"]);
  expect(exported.svg).not.toContain(SIGHTING.title);

  await page.reload();
  await expect(page.getByRole("button", { name: "Co-mentions (4)" })).toHaveAttribute("aria-pressed", "true");
  await page.getByRole("button", { name: "Co-mentions (4)" }).click();
  await expect.poll(async () => (await visibleTypes(page)).includes("CO_MENTIONED")).toBe(false);
});

test("the details panel lists claims and co-mentions apart, with each claim's confidence and phrase", async ({
  page,
}) => {
  await page.goto(app.url);
  await chooseEntity(page, "Search entities", "Harbor Line Shipping");
  const details = page.getByRole("article", { name: "Details of Harbor Line Shipping" });
  await expect(details.getByRole("heading", { name: "Links (1)" })).toBeVisible();
  const evidence = details.getByRole("region", { name: "Evidence" });
  await expect(evidence.getByRole("region", { name: /^operates Morning Star/ })).toBeVisible();
  await expect(evidence.getByText("confidence 0.85")).toBeVisible();
  await expect(evidence.getByRole("button", { name: "Nampo" })).toHaveCount(0);

  const coMentions = details.getByRole("region", { name: "Co-mentions" });
  await expect(coMentions.getByRole("heading", { name: /\(2\)$/ })).toBeVisible();
  await expect(coMentions.getByRole("button", { name: "Nampo" })).toBeVisible();
  await expect(coMentions.getByRole("button", { name: "Blue Gull" })).toBeVisible();
  await expect(coMentions.getByText(/confidence/)).toHaveCount(0);
  await expect(details.getByRole("button", { name: /^Expand CO_MENTIONED/ })).toHaveCount(0);

  await chooseEntity(page, "Search entities", "Morning Star");
  const star = page.getByRole("article", { name: "Details of Morning Star" });
  await expect(star.getByRole("region", { name: "moored beside Blue Gull" })).toBeVisible();
  await expect(star.getByText("confidence 0.55")).toBeVisible();
  await expect
    .poll(async () => (await drawnEdges(page)).find((edge) => edge.type === "RELATED")?.label)
    .toBe("moored beside");
});

test("a minimum confidence hides weaker claims, stays in the URL, and leaves co-mentions to their toggle", async ({
  page,
}) => {
  await page.goto(`${app.url}?comentions=1`);
  await expect.poll(() => visibleTypes(page)).toContain("RELATED");
  await page.getByRole("spinbutton", { name: "Minimum confidence" }).fill("0.6");
  await expect(page).toHaveURL(/minConf=0\.6/);
  await expect.poll(() => visibleTypes(page)).not.toContain("RELATED");
  expect(await visibleTypes(page)).toEqual(expect.arrayContaining(["OPERATES", "ROUTE_LEG", "CO_MENTIONED"]));

  await page.reload();
  await expect(page.getByRole("spinbutton", { name: "Minimum confidence" })).toHaveValue("0.6");
  await expect.poll(() => visibleTypes(page)).toContain("OPERATES");
  expect(await visibleTypes(page)).not.toContain("RELATED");
});
