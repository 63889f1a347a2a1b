/**
 * The full text of an article with every mention highlighted: a mention selects its entity on the canvas, and
 * "Show in graph" puts all the entities the article mentions on the canvas. Opened from a piece of evidence, the
 * reader marks the cited sentence and scrolls to it (also when the view comes from a link or a reload).
 */
import { type ReactNode, useEffect, useRef } from "react";
import type { ArticleResponse, EntityRef } from "../../../../shared/api-types.ts";
import { formatPublished } from "../../../lib/format-date.ts";
import { scrollIntoContainer } from "../../../lib/scroll-into-container.ts";
import type { TextRange } from "../../../lib/view-state.ts";
import { useArticle } from "../api/article-query.ts";

export interface ArticleReaderProps {
  id: string;
  /** The sentence to mark and scroll to, by offsets in the article's text. */
  cited?: TextRange | null;
  onClose(): void;
  onSelect(entity: string): void;
  onShowInGraph(entities: string[]): void;
}

/** At most this many entities are put on the canvas at once from one article. */
export const SHOW_IN_GRAPH_LIMIT = 100;

export function ArticleReader({ id, cited, onClose, onSelect, onShowInGraph }: ArticleReaderProps) {
  const article = useArticle(id);
  const title = article.data?.title ?? id;
  const citedMark = useRef<HTMLElement>(null);
  const range = article.data && cited && cited.end <= article.data.text.length ? cited : null;
  const start = range?.start;
  const end = range?.end;

  // Whenever the cited sentence changes (or the article arrives): scroll the panel to it, and focus it for
  // keyboard and screen reader users (without the browser's own scrolling, which would move the page too).
  // biome-ignore lint/correctness/useExhaustiveDependencies: the mark is rendered for this article and range
  useEffect(() => {
    const mark = citedMark.current;
    if (!mark) return;
    scrollIntoContainer(mark);
    mark.focus({ preventScroll: true });
  }, [article.data, start, end]);

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
          <div className="article-text">
            {range ? (
              <>
                {highlightMentions(article.data, onSelect, 0, range.start)}
                <mark className="cited-sentence" ref={citedMark} tabIndex={-1} data-cited="">
                  {highlightMentions(article.data, onSelect, range.start, range.end)}
                </mark>
                {highlightMentions(article.data, onSelect, range.end, article.data.text.length)}
              </>
            ) : (
              highlightMentions(article.data, onSelect, 0, article.data.text.length)
            )}
          </div>
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

/** The text from `from` to `to` with its mentions highlighted; a mention that crosses either end is cut there. */
function highlightMentions(
  article: ArticleResponse,
  onSelect: (id: string) => void,
  from: number,
  to: number,
): ReactNode[] {
  const spans: Span[] = article.mentions
    .flatMap((m) =>
      m.starts.map((start, index) => ({ start, end: m.ends[index] ?? start, entity: m.entity })),
    )
    .filter((span) => span.end > span.start && span.end <= article.text.length)
    .map((span) => ({ ...span, start: Math.max(span.start, from), end: Math.min(span.end, to) }))
    .filter((span) => span.end > span.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const parts: ReactNode[] = [];
  let at = from;
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
  if (to > at) parts.push(article.text.slice(at, to));
  return parts;
}
