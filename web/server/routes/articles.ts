/**
 * GET /api/articles: the articles, oldest first (undated ones last); GET /api/articles/:id: one article's text
 * with every entity it mentions and the offsets of each mention, for highlighting.
 */
import { Hono } from "hono";
import { z } from "zod";
import type { ArticleMention, ArticleResponse, ArticlesResponse } from "../../shared/api-types.ts";
import { visibleText } from "../../shared/visible-text.ts";
import type { AppDeps } from "../deps.ts";
import { ApiError } from "../http-error.ts";
import { articleProjection, toArticleSummary } from "../neo4j/article-mapping.ts";
import { cypherInt } from "../neo4j/graph-mapping.ts";
import { idSchema, intParam, validate } from "../validation.ts";

const ARTICLES = `
  CALL { MATCH (a:Article) RETURN count(a) AS total }
  MATCH (a:Article)
  WITH total, a ORDER BY a.published IS NULL, a.published, a.title, a.id LIMIT $limit
  RETURN total, collect(${articleProjection("a")}) AS articles`;

const ARTICLE = `
  MATCH (a:Article {id: $id})
  RETURN ${articleProjection("a")} AS summary, a.url AS url, coalesce(a.authors, []) AS authors,
         coalesce(a.text, '') AS text,
         COLLECT {
           MATCH (a)-[m:MENTIONS]->(e:Entity)
           WITH e, m ORDER BY e.name LIMIT $maxMentions
           RETURN {entity: {id: e.id, name: e.name, type: e.type}, starts: coalesce(m.starts, []),
                   ends: coalesce(m.ends, [])}
         } AS mentions`;

interface ArticleRow {
  summary: Record<string, unknown>;
  url: string | null;
  authors: string[];
  text: string;
  mentions: Array<{ entity: ArticleMention["entity"]; starts: unknown[]; ends: unknown[] }>;
}

export function articleRoutes({ reader }: AppDeps) {
  return new Hono()
    .get("/", validate("query", z.object({ limit: intParam(1, 1000, 500) })), async (c) => {
      const { limit } = c.req.valid("query");
      const [row] = await reader.read<{ total: unknown; articles: Record<string, unknown>[] }>(ARTICLES, {
        limit: cypherInt(limit),
      });
      const articles = (row?.articles ?? []).map(toArticleSummary);
      const total = Number(row?.total ?? 0);
      const body: ArticlesResponse = { articles, truncated: total > articles.length, total };
      return c.json(body);
    })
    .get("/:id", validate("param", z.object({ id: idSchema })), async (c) => {
      const { id } = c.req.valid("param");
      const [row] = await reader.read<ArticleRow>(ARTICLE, { id, maxMentions: cypherInt(2000) });
      if (!row) throw new ApiError(404, "article_not_found", `No article has the id "${id}".`);
      const body: ArticleResponse = {
        ...toArticleSummary(row.summary),
        url: row.url ?? null,
        authors: row.authors,
        text: row.text,
        mentions: row.mentions.map((m) => ({
          entity: { ...m.entity, name: visibleText(m.entity.name) },
          starts: m.starts.map(Number),
          ends: m.ends.map(Number),
        })),
      };
      return c.json(body);
    });
}
