/** The sentences behind the link or route leg clicked on the map, with their articles. */
import { formatPublished } from "../../../lib/format-date.ts";
import type { OpenArticle } from "../../../lib/view-state.ts";
import { useLinkEvidence } from "../api/link-evidence-query.ts";
import type { ClickedLink } from "../map-drawing.ts";

export interface LinkEvidenceProps {
  link: ClickedLink;
  nameOf(id: string): string;
  onClose(): void;
  onOpenArticle: OpenArticle;
}

export function LinkEvidence({ link, nameOf, onClose, onOpenArticle }: LinkEvidenceProps) {
  const evidence = useLinkEvidence(link);
  const title = `${nameOf(link.source)} → ${nameOf(link.target)}`;
  return (
    <section className="map-evidence" aria-label={`Evidence for ${title}`}>
      <header>
        <h2 className="panel-title">{title}</h2>
        <button type="button" onClick={onClose} aria-label="Close evidence">
          ×
        </button>
      </header>
      {evidence.isPending && <p className="panel-note">Loading the evidence…</p>}
      {evidence.isError && <p className="panel-note panel-error">{evidence.error.message}</p>}
      {evidence.data === null && <p className="panel-note">This link is no longer in the graph.</p>}
      {evidence.data && (
        <>
          <p className="panel-note">
            {evidence.data.type.toLowerCase().replaceAll("_", " ")}
            {link.leg
              ? `, leg ${link.leg.number} of ${link.leg.route}`
              : evidence.data.legIndex !== null
                ? `, leg ${evidence.data.legIndex + 1}`
                : ""}{" "}
            · {evidence.data.sourceCount} source{evidence.data.sourceCount === 1 ? "" : "s"}
          </p>
          {evidence.data.evidence.map((item) => (
            <figure key={item.id} className="evidence">
              <blockquote className="evidence-sentence">{item.sentence}</blockquote>
              <figcaption className="evidence-source">
                <cite>{item.article.title}</cite> — {item.article.source ?? "outlet unknown"},{" "}
                {formatPublished(item.article.published, item.article.precision)}
                <button
                  type="button"
                  className="evidence-open"
                  onClick={() => onOpenArticle(item.article.id, { start: item.start, end: item.end })}
                >
                  Open article
                </button>
              </figcaption>
            </figure>
          ))}
        </>
      )}
    </section>
  );
}
