/**
 * Names and titles from articles can carry a right-to-left override (which shows "exe.gpj" reversed as
 * "jpg.exe") or a NUL; the API hands every title and name it offers for display with those characters made
 * visible, whichever route shows it.
 */
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type {
  ArticleResponse,
  ArticlesResponse,
  EntityDetailsResponse,
  GraphResponse,
  SearchResponse,
} from "../../../web/shared/api-types.ts";
import { resetDatabase, testDriver } from "../support/database.ts";
import { getJson } from "../support/explorer-setup.ts";
import { createArticle, createEntity, createRelation, writeGraph } from "../support/graph-factory.ts";

const TITLE = "Report\u202Egpj.exe\u0000 (leaked)";
const SHOWN_TITLE = "Report[U+202E]gpj.exe\u2400 (leaked)";
const TEXT = "Dandong\u2066 sits beside Sinuiju.";

describe("titles and names with bidi overrides and control characters", () => {
  let driver: Driver;

  beforeAll(async () => {
    driver = testDriver();
    await resetDatabase(driver);
    await writeGraph(driver, {
      articles: [
        createArticle({ id: "a1", title: TITLE, text: TEXT, published: "2020-01-01", precision: "day" }),
      ],
      entities: [
        createEntity({ id: "place:dandong", name: "Dandong\u2066" }),
        createEntity({ id: "place:sinuiju", name: "Sin\u202Euiju" }),
      ],
      relations: [
        createRelation("place:dandong", "LOCATED_IN", "place:sinuiju", [{ article: "a1", sentence: TEXT }]),
      ],
    });
  });
  afterAll(() => driver.close());

  it("shows them in article titles, listed and opened", async () => {
    const list = await getJson<ArticlesResponse>(driver, "/articles");
    expect(list.body.articles.map((article) => article.title)).toEqual([SHOWN_TITLE]);
    const article = await getJson<ArticleResponse>(driver, "/articles/a1");
    expect(article.body.title).toBe(SHOWN_TITLE);
    expect(article.body.mentions.map((mention) => mention.entity.name)).toContain("Dandong[U+2066]");
  });

  it("shows them in entity names of the overview, search and details", async () => {
    const overview = await getJson<GraphResponse>(driver, "/overview");
    expect(overview.body.nodes.map((node) => node.name).sort()).toEqual([
      "Dandong[U+2066]",
      "Sin[U+202E]uiju",
    ]);
    const search = await getJson<SearchResponse>(driver, "/search?q=Dandong");
    expect(search.body.hits.map((hit) => hit.name)).toContain("Dandong[U+2066]");
    const details = await getJson<EntityDetailsResponse>(driver, "/entities/place%3Adandong");
    expect(details.body.entity.name).toBe("Dandong[U+2066]");
    expect(details.body.links.map((link) => link.other.name)).toEqual(["Sin[U+202E]uiju"]);
  });
});
