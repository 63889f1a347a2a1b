/**
 * One piece of evidence: the sentence with the names of both ends highlighted, the article's title, outlet and
 * date (as precisely as known), and how confident the extractor was that the sentence states the claim.
 */
import type { ReactNode } from "react";
import type { EvidenceItem } from "../../../../shared/api-types.ts";
import { formatPublished } from "../../../lib/format-date.ts";
import type { OpenArticle } from "../../../lib/view-state.ts";

export function EvidenceQuote({
  evidence,
  onOpenArticle,
  showConfidence = true,
}: {
  evidence: EvidenceItem;
  onOpenArticle: OpenArticle;
  /** Claims show their confidence; a co-mention's says nothing about a claim. */
  showConfidence?: boolean;
}) {
  const { article } = evidence;
  return (
    <figure className="evidence">
      <blockquote className="evidence-sentence">{highlight(evidence)}</blockquote>
      <figcaption className="evidence-source">
        <cite>{article.title}</cite> — {article.source ?? "outlet unknown"},{" "}
        {formatPublished(article.published, article.precision)}
        {showConfidence && evidence.confidence !== null && (
          <span
            className="evidence-confidence"
            title={evidence.rule ? `found by ${evidence.rule}` : undefined}
          >
            {" "}
            · confidence {evidence.confidence.toFixed(2)}
          </span>
        )}
        <button
          type="button"
          className="evidence-open"
          onClick={() => onOpenArticle(article.id, { start: evidence.start, end: evidence.end })}
        >
          Open article
        </button>
      </figcaption>
    </figure>
  );
}

/** The sentence cut at its mention spans, the mentions in <mark>; overlapping spans are merged. */
function highlight({ sentence, mentions }: EvidenceItem): ReactNode[] {
  const spans = [...mentions].sort((a, b) => a.start - b.start);
  const parts: ReactNode[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.end <= at) continue;
    const start = Math.max(span.start, at);
    if (start > at) parts.push(sentence.slice(at, start));
    parts.push(<mark key={`${span.entity}-${start}`}>{sentence.slice(start, span.end)}</mark>);
    at = span.end;
  }
  if (at < sentence.length) parts.push(sentence.slice(at));
  return parts;
}
