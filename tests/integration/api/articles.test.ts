import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ArticleResponse, ArticlesResponse } from "../../../web/shared/api-types.ts";
import { corridorDriver, getError, getJson, TEN_KB } from "../support/explorer-setup.ts";

describe("GET /api/articles and /api/articles/:id", () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = await corridorDriver();
  });
  afterAll(() => driver.close());

  it("lists the articles oldest first with undated ones last", async () => {
    const { status, body } = await getJson<ArticlesResponse>(driver, "/articles");
    expect(status).toBe(200);
    expect(body.articles.map((article) => article.id)).toEqual(["a1", "a2", "a3"]);
    expect(body.articles[2]).toEqual({
      id: "a3",
      title: "An undated report",
      source: null,
      published: null,
      precision: "unknown",
    });
    expect(body).toMatchObject({ truncated: false, total: 3 });
  });

  it("caps the list and says so", async () => {
    const { body } = await getJson<ArticlesResponse>(driver, "/articles?limit=2");
    expect(body).toMatchObject({ truncated: true, total: 3 });
    expect(body.articles).toHaveLength(2);
  });

  it("returns one article's text with the offsets of every mention", async () => {
    const { status, body } = await getJson<ArticleResponse>(driver, "/articles/a1");
    expect(status).toBe(200);
    expect(body).toMatchObject({ id: "a1", source: "Daily NK", published: "2020-11", precision: "month" });
    const dandong = body.mentions.find((mention) => mention.entity.id === "place:dandong");
    expect(dandong?.entity).toEqual({ id: "place:dandong", name: "Dandong", type: "Place" });
    expect(dandong?.starts).toHaveLength(2);
    for (const [index, start] of (dandong?.starts ?? []).entries()) {
      expect(body.text.slice(start, dandong?.ends[index])).toBe("Dandong");
    }
  });

  it("answers unknown ids with 404 and bad input with 400, as JSON", async () => {
    const missing = await getError(driver, "/articles/nope");
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe("article_not_found");
    for (const path of [`/articles/${TEN_KB}`, "/articles?limit=-5", "/articles?limit=99999"]) {
      const { status, body } = await getError(driver, path);
      expect(status, path).toBe(400);
      expect(body.error.code).toBe("invalid_input");
    }
  });
});
