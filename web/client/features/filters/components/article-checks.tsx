/**
 * One checkbox per source article: hiding an article hides the links that only it reports. Each reads outlet and
 * date; where two would read the same ("Daily NK, 2020" twice), their titles tell them apart.
 */
import type { ArticleSummary } from "../../../../shared/api-types.ts";
import { formatPublished } from "../../../lib/format-date.ts";
import { useArticles } from "../api/articles-query.ts";

export function ArticleChecks({ hidden, onChange }: { hidden: string[]; onChange(hidden: string[]): void }) {
  const articles = useArticles();
  const list = articles.data?.articles ?? [];
  const short = (article: ArticleSummary) =>
    `${article.source ?? "outlet unknown"}, ${formatPublished(article.published, article.precision)}`;
  const seen = new Map<string, number>();
  for (const article of list) seen.set(short(article), (seen.get(short(article)) ?? 0) + 1);
  return (
    <fieldset className="type-checks">
      <legend>Source articles</legend>
      {articles.isPending && <p className="panel-note">Loading articles…</p>}
      {articles.isError && <p className="panel-note panel-error">{articles.error.message}</p>}
      {list.map((article) => (
        <label key={article.id} title={article.title}>
          <input
            type="checkbox"
            checked={!hidden.includes(article.id)}
            onChange={(event) =>
              onChange(
                event.target.checked ? hidden.filter((id) => id !== article.id) : [...hidden, article.id],
              )
            }
          />
          {short(article)}
          {(seen.get(short(article)) ?? 0) > 1 && (
            <span className="article-check-title">: {article.title}</span>
          )}
        </label>
      ))}
      {articles.data?.truncated && (
        <p className="panel-note">
          {articles.data.articles.length} of {articles.data.total} articles listed.
        </p>
      )}
    </fieldset>
  );
}
