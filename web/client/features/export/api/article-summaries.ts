/**
 * The outlet, title and date of the articles behind an export's links: the article list in one request, and any
 * article it leaves out (it is capped) one by one, so that the sources footer is never short of one.
 */
import type { ArticleResponse, ArticleSummary, ArticlesResponse } from "../../../../shared/api-types.ts";
import { apiGet } from "../../../lib/api-client.ts";

export async function articleSummaries(ids: string[]): Promise<Map<string, ArticleSummary>> {
  const found = new Map<string, ArticleSummary>();
  if (ids.length === 0) return found;
  const list = await apiGet<ArticlesResponse>("/api/articles?limit=1000");
  const wanted = new Set(ids);
  for (const article of list.articles) if (wanted.has(article.id)) found.set(article.id, article);
  const missing = ids.filter((id) => !found.has(id));
  const fetched = await Promise.all(
    missing.map((id) => apiGet<ArticleResponse>(`/api/articles/${encodeURIComponent(id)}`)),
  );
  for (const { id, title, source, published, precision } of fetched) {
    found.set(id, { id, title, source, published, precision });
  }
  return found;
}
