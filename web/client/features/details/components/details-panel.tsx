/**
 * The details panel of the selected entity: type, aliases, properties, its claims counted by type with
 * "expand" buttons, every claim's evidence sentences (with their confidence) and the article behind each, and
 * apart from the claims, the entities it is only named together with (co-mentions), never counted as links.
 */
import type { EntityDetailsResponse, EntityLink } from "../../../../shared/api-types.ts";
import type { OpenArticle } from "../../../lib/view-state.ts";
import { useEntity } from "../api/entity-query.ts";
import { EvidenceQuote } from "./evidence-item.tsx";

export interface DetailsPanelProps {
  id: string;
  /** How many neighbours one expansion adds at most. */
  expandLimit: number;
  onSelect(id: string): void;
  onExpand(id: string, type?: string): void;
  onOpenArticle: OpenArticle;
  onRemove(id: string): void;
  /** Hides the entity for now (it comes back with "show all"); unlike removing, keeps it on the canvas's list. */
  onHide?: (id: string) => void;
  pinned: boolean;
  onPin(id: string, pin: boolean): void;
  /** Set when the entity has been expanded: takes the expansion back. */
  onCollapse?: (id: string) => void;
}

export function DetailsPanel(props: DetailsPanelProps) {
  const { id, expandLimit, onSelect, onExpand, onOpenArticle, onRemove, onHide, onCollapse, pinned, onPin } =
    props;
  const entity = useEntity(id);
  if (entity.isPending) return <p className="panel-note">Loading details…</p>;
  if (entity.isError)
    return (
      <p className="panel-note panel-error" role="alert">
        {entity.error.message}
      </p>
    );
  const { entity: e, links, linkTotal, truncated, coMentions, coMentionTotal } = entity.data;
  const counts = countByType(links);
  return (
    <article className="details" aria-label={`Details of ${e.name}`}>
      <h2 className="details-name">{e.name}</h2>
      <p className="details-type">{e.type}</p>
      <Properties details={entity.data} />
      <section aria-label="Expand">
        <h3 className="panel-subtitle">Links ({linkTotal})</h3>
        <button type="button" onClick={() => onRemove(id)}>
          Remove from canvas
        </button>{" "}
        {onHide && (
          <button type="button" onClick={() => onHide(id)}>
            Hide
          </button>
        )}{" "}
        <button type="button" aria-pressed={pinned} onClick={() => onPin(id, !pinned)}>
          {pinned ? "Unpin" : "Pin"}
        </button>{" "}
        {onCollapse && (
          <button type="button" onClick={() => onCollapse(id)}>
            Collapse
          </button>
        )}{" "}
        <button type="button" onClick={() => onExpand(id)}>
          Expand {Math.min(expandLimit, linkTotal)} of {linkTotal} links
        </button>
        <ul className="expand-list">
          {counts.map(([type, count]) => (
            <li key={type}>
              <button
                type="button"
                onClick={() => onExpand(id, type)}
                aria-label={`Expand ${type} (${count})`}
              >
                {type.toLowerCase().replaceAll("_", " ")}: {Math.min(expandLimit, count)} of {count}
              </button>
            </li>
          ))}
        </ul>
      </section>
      <section aria-label="Evidence">
        <h3 className="panel-subtitle">Evidence</h3>
        {links.length === 0 && <p className="panel-note">No links: this entity is only mentioned.</p>}
        {truncated && (
          <p className="panel-note">
            Showing the {links.length} best-supported of {linkTotal} links.
          </p>
        )}
        {links.map((link) => (
          <LinkEvidence key={link.key} link={link} onSelect={onSelect} onOpenArticle={onOpenArticle} />
        ))}
      </section>
      {coMentionTotal > 0 && (
        <section aria-label="Co-mentions" className="co-mentions">
          <h3 className="panel-subtitle">Named together, no claim ({coMentionTotal})</h3>
          <p className="panel-note">
            Entities named in one sentence with this one, where no link between them is stated. Not counted as
            links or sources.
          </p>
          {coMentionTotal > coMentions.length && (
            <p className="panel-note">
              Showing {coMentions.length} of {coMentionTotal} co-mentions.
            </p>
          )}
          {coMentions.map((link) => (
            <LinkEvidence key={link.key} link={link} onSelect={onSelect} onOpenArticle={onOpenArticle} />
          ))}
        </section>
      )}
    </article>
  );
}

function Properties({ details }: { details: EntityDetailsResponse }) {
  const { aliases, properties } = details.entity;
  const shown = Object.entries(properties).filter(
    ([key, value]) => !["id", "name", "type", "aliases"].includes(key) && value !== null,
  );
  return (
    <dl className="details-properties">
      <dt>Aliases</dt>
      <dd>{aliases.length > 0 ? aliases.join(", ") : "none"}</dd>
      <dt>Id</dt>
      <dd>
        <code>{details.entity.id}</code>
      </dd>
      {shown.map(([key, value]) => (
        <div key={key}>
          <dt>{key}</dt>
          <dd>{String(value)}</dd>
        </div>
      ))}
    </dl>
  );
}

interface LinkEvidenceProps {
  link: EntityLink;
  onSelect(id: string): void;
  onOpenArticle: OpenArticle;
}

/** What a link says in words: a RELATED claim's phrase, "named with" for a co-mention, else its type. */
function linkVerb(link: EntityLink): string {
  if (link.kind === "co-mention") return "named with";
  if (link.type === "RELATED" && link.label) return link.label;
  return link.type.toLowerCase().replaceAll("_", " ");
}

function LinkEvidence({ link, onSelect, onOpenArticle }: LinkEvidenceProps) {
  const verb = linkVerb(link);
  const coMention = link.kind === "co-mention";
  return (
    <section
      className={coMention ? "link link-co-mention" : "link"}
      aria-label={`${verb} ${link.other.name}`}
    >
      <h4 className="link-title">
        {coMention ? `${verb}` : link.direction === "out" ? `${verb} →` : `← ${verb}`}{" "}
        <button type="button" className="link-other" onClick={() => onSelect(link.other.id)}>
          {link.other.name}
        </button>
        <span className="link-meta">
          {coMention ? "co-mention" : `${link.sourceCount} source${link.sourceCount === 1 ? "" : "s"}`}
          {link.routeId !== null ? ` · ${link.route ?? "route"}, leg ${(link.legIndex ?? 0) + 1}` : ""}
        </span>
      </h4>
      {link.evidence.map((item) => (
        <EvidenceQuote
          key={item.id}
          evidence={item}
          onOpenArticle={onOpenArticle}
          showConfidence={!coMention}
        />
      ))}
    </section>
  );
}

function countByType(links: EntityLink[]): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const link of links) counts.set(link.type, (counts.get(link.type) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
