/**
 * The card shown while the pointer rests on a node: the entity's name, type and aliases, and its links counted
 * by type (co-mentions apart), without selecting it.
 */
import { useRef } from "react";
import { useEntity } from "../../features/details/api/entity-query.ts";
import type { PagePoint } from "../../features/graph/interactions/pointer-events.ts";
import { countByType, typeWords } from "./link-counts.ts";
import { useKeptOnScreen } from "./place-on-screen.ts";

export function HoverCard({ id, at }: { id: string; at: PagePoint }) {
  const card = useRef<HTMLDivElement>(null);
  const entity = useEntity(id);
  useKeptOnScreen(card, at, 14);
  const data = entity.data;
  const aliases = data ? data.entity.aliases.filter((alias) => alias !== data.entity.name) : [];
  return (
    <div ref={card} className="hover-card" role="tooltip">
      {!data ? (
        <p className="hover-card-note">{entity.isError ? entity.error.message : "Loading…"}</p>
      ) : (
        <>
          <p className="hover-card-name">{data.entity.name}</p>
          <p className="hover-card-type">{data.entity.type}</p>
          <p className="hover-card-aliases">
            {aliases.length > 0 ? `Also: ${aliases.join(", ")}` : "No other names"}
          </p>
          <p className="hover-card-total">
            {data.linkTotal} link{data.linkTotal === 1 ? "" : "s"}
            {data.coMentionTotal > 0 ? ` · named with ${data.coMentionTotal} more, no claim` : ""}
          </p>
          <ul className="hover-card-counts">
            {countByType(data.links)
              .slice(0, 6)
              .map(([type, count]) => (
                <li key={type}>
                  {typeWords(type)}: {count}
                </li>
              ))}
          </ul>
        </>
      )}
    </div>
  );
}
