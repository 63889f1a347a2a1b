/**
 * The full text of an article with every mention highlighted: a mention selects its entity on the canvas, and
 * "Show in graph" puts all the entities the article mentions on the canvas.
 */
import type { ReactNode } from "react";
import type { ArticleResponse, EntityRef } from "../../../../shared/api-types.ts";
import { formatPublished } from "../../../lib/format-date.ts";
import { useArticle } from "../api/article-query.ts";

export interface ArticleReaderProps {
  id: string;
  onClose(): void;
  onSelect(entity: string): void;
  onShowInGraph(entities: string[]): void;
}

/** At most this many entities are put on the canvas at once from one article. */
export const SHOW_IN_GRAPH_LIMIT = 100;

export function ArticleReader({ id, onClose, onSelect, onShowInGraph }: ArticleReaderProps) {
  const article = useArticle(id);
  const title = article.data?.title ?? id;
  return (
    <section className="article-reader" role="dialog" aria-label={`Article: ${title}`}>
      <div className="article-actions">
        <button type="button" onClick={onClose}>
          Close article
        </button>
        {article.data && (
          <button
            type="button"
            onClick={() =>
              onShowInGraph(article.data.mentions.slice(0, SHOW_IN_GRAPH_LIMIT).map((m) => m.entity.id))
            }
          >
            Show in graph ({Math.min(SHOW_IN_GRAPH_LIMIT, article.data.mentions.length)} entities)
          </button>
        )}
      </div>
      {article.isPending && <p className="panel-note">Loading the article…</p>}
      {article.isError && (
        <p className="panel-note panel-error" role="alert">
          {article.error.message}
        </p>
      )}
      {article.data && (
        <>
          <h2 className="details-name">{article.data.title}</h2>
          <p className="details-type">
            {article.data.source ?? "outlet unknown"},{" "}
            {formatPublished(article.data.published, article.data.precision)}
            {article.data.authors.length > 0 ? ` — ${article.data.authors.join(", ")}` : ""}
          </p>
          <div className="article-text">{highlightMentions(article.data, onSelect)}</div>
        </>
      )}
    </section>
  );
}

interface Span {
  start: number;
  end: number;
  entity: EntityRef;
}

function highlightMentions(article: ArticleResponse, onSelect: (id: string) => void): ReactNode[] {
  const spans: Span[] = article.mentions
    .flatMap((m) =>
      m.starts.map((start, index) => ({ start, end: m.ends[index] ?? start, entity: m.entity })),
    )
    .filter((span) => span.end > span.start && span.end <= article.text.length)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const parts: ReactNode[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue;
    if (span.start > at) parts.push(article.text.slice(at, span.start));
    parts.push(
      <mark key={span.start} className={`mention mention-${span.entity.type}`}>
        <button
          type="button"
          title={`${span.entity.name} (${span.entity.type})`}
          onClick={() => onSelect(span.entity.id)}
        >
          {article.text.slice(span.start, span.end)}
        </button>
      </mark>,
    );
    at = span.end;
  }
  parts.push(article.text.slice(at));
  return parts;
}
