/** One checkbox per source article: hiding an article hides the links that only it reports. */
import { formatPublished } from "../../../lib/format-date.ts";
import { useArticles } from "../api/articles-query.ts";

export function ArticleChecks({ hidden, onChange }: { hidden: string[]; onChange(hidden: string[]): void }) {
  const articles = useArticles();
  return (
    <fieldset className="type-checks">
      <legend>Source articles</legend>
      {articles.isPending && <p className="panel-note">Loading articles…</p>}
      {articles.isError && <p className="panel-note panel-error">{articles.error.message}</p>}
      {articles.data?.articles.map((article) => (
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
          {article.source ?? "outlet unknown"}, {formatPublished(article.published, article.precision)}
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
