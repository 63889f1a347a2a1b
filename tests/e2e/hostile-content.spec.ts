/**
 * Articles whose names, titles, outlets, authors and sentences hold HTML and script (tests/fixtures/articles/
 * hostile-*.md) are loaded into a private app. Wherever the explorer shows that text — search suggestions, the
 * details panel and its evidence, the article reader, tooltips, query results, the exported SVG — it must appear
 * as literal text: no element from the payloads in the DOM, no dialog, no script run (`window.__pwned` stays
 * unset).
 */
import fs from "node:fs";
import path from "node:path";
import { expect as baseExpect, type Page, test } from "@playwright/test";
import type { ArticleResponse, EntityDetailsResponse } from "../../web/shared/api-types.ts";
import { type PrivateApp, startPrivateApp } from "./support/private-app.ts";

const FIXTURES = path.resolve(import.meta.dirname, "../fixtures/articles");
const HOSTILE_ARTICLES = fs
  .readdirSync(FIXTURES)
  .filter((file) => /^hostile-.*\.md$/.test(file))
  .map((file) => path.join(FIXTURES, file));

/** Patient assertions: on a busy machine a private database answers slowly; these checks are about what shows. */
const expect = baseExpect.configure({ timeout: 30_000 });

/** Elements that only a payload could have put in the page. */
const INJECTED = [
  "script:not([src])",
  "img[src='x']",
  "iframe",
  "[onerror]",
  "[onload]",
  "[onmouseover]",
  "a[href^='javascript:' i]",
  "iframe[src^='javascript:' i]",
].join(", ");

/** Console lines that show a payload reached the DOM, even if the content security policy then blocked it. */
const INJECTION_TRACE = /pwned|Content Security Policy|Refused to (execute|load|apply)/i;

let app: PrivateApp;

test.beforeAll(async () => {
  test.setTimeout(420_000);
  expect(HOSTILE_ARTICLES.length).toBeGreaterThanOrEqual(2);
  app = await startPrivateApp({ portOffset: 1, articles: HOSTILE_ARTICLES });
});
test.afterAll(async () => {
  await app?.stop();
});

interface Watch {
  dialogs: string[];
  traces: string[];
}

function watch(page: Page): Watch {
  const seen: Watch = { dialogs: [], traces: [] };
  page.on("dialog", (dialog) => {
    seen.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on("console", (message) => {
    if (INJECTION_TRACE.test(message.text())) seen.traces.push(message.text());
  });
  page.on("pageerror", (error) => seen.traces.push(`page error: ${error.message}`));
  return seen;
}

async function expectInert(page: Page, seen: Watch) {
  await expect(page.locator(INJECTED)).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(seen.dialogs).toEqual([]);
  expect(seen.traces).toEqual([]);
}

async function getJson<T>(page: Page, route: string): Promise<T> {
  const response = await page.request.get(new URL(route, app.url).href);
  expect(response.status(), route).toBe(200);
  return (await response.json()) as T;
}

/** The article as stored, checked to really hold markup, so that the spec cannot pass on harmless text. */
async function hostileArticle(page: Page, id: string): Promise<ArticleResponse & { source: string }> {
  const article = await getJson<ArticleResponse>(page, `/api/articles/${id}`);
  expect(article.title).toMatch(/<(img|svg|script|a)\b/);
  expect(article.source).toMatch(/<(img|svg|script|a)\b/);
  expect(article.text).toMatch(/<(img|svg|script|iframe)\b/);
  return article as ArticleResponse & { source: string };
}

async function outletDetails(page: Page, outlet: string): Promise<EntityDetailsResponse> {
  const hits = await getJson<{ hits: Array<{ id: string; name: string }> }>(
    page,
    `/api/search?q=${encodeURIComponent(outlet.split(" ").slice(0, 2).join(" "))}`,
  );
  const hit = hits.hits.find((candidate) => candidate.name === outlet);
  expect(hit, `an entity named ${outlet}`).toBeDefined();
  return getJson<EntityDetailsResponse>(page, `/api/entities/${encodeURIComponent(hit?.id ?? "")}`);
}

async function searchAndChoose(page: Page, name: string) {
  const box = page.getByRole("combobox", { name: "Search entities" });
  await box.fill(name.split(" ").slice(0, 2).join(" "));
  const option = page
    .getByRole("listbox", { name: "Search entities suggestions" })
    .getByRole("option")
    .filter({ hasText: name });
  await expect(option).toHaveCount(1);
  await option.click();
}

for (const id of ["hostile-markup", "hostile-vectors"]) {
  test(`${id}: the outlet, title, sentences and authors show as text in the explorer`, async ({ page }) => {
    const seen = watch(page);
    const article = await hostileArticle(page, id);
    const outlet = await outletDetails(page, article.source);
    const evidence = outlet.links.flatMap((link) => link.evidence).find((e) => e.article.id === id);
    if (!evidence) throw new Error(`${article.source} has no evidence from ${id}`);

    await page.goto(app.url);
    await searchAndChoose(page, article.source);
    const details = page.getByRole("article", { name: `Details of ${article.source}` });
    await expect(details.getByRole("heading", { level: 2 })).toHaveText(article.source);
    const quote = details.locator("figure", { hasText: evidence.sentence });
    await expect(quote.locator("blockquote")).toHaveText(evidence.sentence);
    await expect(quote.locator("cite")).toHaveText(article.title);
    await expect(quote.locator("figcaption")).toContainText(article.source);
    await expectInert(page, seen);

    const source = page
      .getByRole("region", { name: "Filters" })
      .locator("label", { hasText: article.source });
    await expect(source).toHaveAttribute("title", article.title);

    await quote.getByRole("button", { name: "Open article" }).click();
    const reader = page.getByRole("dialog", { name: `Article: ${article.title}` });
    await expect(reader.getByRole("heading", { level: 2 })).toHaveText(article.title);
    await expect(reader).toContainText(article.source);
    for (const author of article.authors) await expect(reader).toContainText(author);
    await expect(reader.locator(".article-text")).toHaveText(article.text);
    const mention = reader.locator("mark button").first();
    await expect(mention).toHaveAttribute("title", /\S \(\w+\)$/);
    await expectInert(page, seen);
  });
}

async function runCypher(page: Page, cypher: string) {
  const editor = page.locator(".cypher-editor .cm-content");
  await editor.click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(cypher);
  await page.keyboard.press("Control+Enter");
}

test("query results show hostile names, titles and column names as text", async ({ page }) => {
  const seen = watch(page);
  const articles = await Promise.all(
    ["hostile-markup", "hostile-vectors"].map((id) => hostileArticle(page, id)),
  );
  await page.goto(app.url);
  await page.getByRole("tab", { name: "Queries" }).click();
  const result = page.getByRole("region", { name: "Query result" });

  await runCypher(page, "MATCH (e:Entity) RETURN e.name AS name ORDER BY name");
  for (const { source } of articles) {
    await expect(result.getByRole("cell").filter({ hasText: source })).toHaveText([source]);
  }
  await expectInert(page, seen);

  const column = '<img src=x onerror="window.__pwned=1">';
  await runCypher(page, `MATCH (a:Article) RETURN a.title AS \`${column}\`, a.authors AS authors`);
  await expect(result.getByRole("columnheader").first()).toHaveText(column);
  for (const { title } of articles) {
    await expect(result.getByRole("cell").filter({ hasText: title })).toHaveText([title]);
  }
  await expect(result.getByRole("cell").filter({ hasText: "Lee Payload" })).toContainText(
    '<b onmouseover="window.__pwned=1">Lee Payload</b>',
  );
  await expectInert(page, seen);

  await page.getByRole("searchbox", { name: "Search saved queries" }).fill("quoted");
  await page.getByRole("button", { name: "People and organisations quoted" }).click();
  await page.getByRole("button", { name: "Run query" }).click();
  for (const { source, title } of articles) {
    await expect(result.getByRole("cell").filter({ hasText: source })).toHaveCount(1);
    await expect(result.getByRole("cell").filter({ hasText: title })).toHaveCount(1);
  }
  await expectInert(page, seen);
});

/** What an SVG document holds once parsed: its element names, scripting attributes and text. */
interface ParsedSvg {
  broken: boolean;
  elements: string[];
  scripting: string[];
  text: string;
}

test("the exported SVG holds the hostile names and titles as escaped text only", async ({ page }) => {
  const seen = watch(page);
  const articles = await Promise.all(
    ["hostile-markup", "hostile-vectors"].map((id) => hostileArticle(page, id)),
  );
  await page.goto(app.url);
  await expect.poll(() => page.evaluate(() => typeof window.__graphbrief_export)).toBe("function");
  const exported = await page.evaluate(
    async () => (await window.__graphbrief_export?.({ format: "svg" }))?.svg ?? "",
  );
  expect(exported).toContain("&lt;");
  const parsed = await page.evaluate((svg): ParsedSvg => {
    const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
    const all = [...doc.querySelectorAll("*")];
    return {
      broken: doc.querySelector("parsererror") !== null,
      elements: [...new Set(all.map((element) => element.localName))],
      scripting: all.flatMap((element) =>
        [...element.attributes]
          .filter((attribute) => /^on/i.test(attribute.name) || /^\s*javascript:/i.test(attribute.value))
          .map((attribute) => `${element.localName} ${attribute.name}`),
      ),
      text: doc.documentElement.textContent ?? "",
    };
  }, exported);
  expect(parsed.broken).toBe(false);
  expect(parsed.elements.filter((name) => /^(script|img|iframe|foreignObject|a|b)$/i.test(name))).toEqual([]);
  expect(parsed.scripting).toEqual([]);
  for (const { source } of articles) expect(parsed.text).toContain(source.slice(0, 24));
  await expectInert(page, seen);
});
