/**
 * The context menu of a node on the canvas (right-click): expand all its links or one type of them, select its
 * neighbours, hide it (or the whole selection), pin it, find paths from it, and open the article behind its
 * best-supported link at the cited sentence. Escape, a click elsewhere or an action closes it.
 */
import { useEffect, useRef } from "react";
import { useEntity } from "../../features/details/api/entity-query.ts";
import type { PagePoint } from "../../features/graph/interactions/pointer-events.ts";
import type { OpenArticle } from "../../lib/view-state.ts";
import { countByType, typeWords } from "./link-counts.ts";
import { useKeptOnScreen } from "./place-on-screen.ts";

export interface NodeActions {
  expand(id: string, type?: string): void;
  selectNeighbours(ids: string[]): void;
  hide(ids: string[]): void;
  isPinned(id: string): boolean;
  pin(id: string, pin: boolean): void;
  findPathsFrom(id: string): void;
  openArticle: OpenArticle;
}

export interface NodeMenuProps {
  id: string;
  at: PagePoint;
  /** The nodes selected on the canvas: hiding from the menu of one of them hides them all. */
  selection: readonly string[];
  actions: NodeActions;
  onClose(): void;
}

export function NodeMenu({ id, at, selection, actions, onClose }: NodeMenuProps) {
  const menu = useRef<HTMLDivElement>(null);
  const entity = useEntity(id);
  useKeptOnScreen(menu, at);
  useEffect(() => {
    const onPointer = (event: PointerEvent) => {
      if (!menu.current?.contains(event.target as Node)) onClose();
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") onClose();
    };
    document.addEventListener("pointerdown", onPointer, true);
    document.addEventListener("keydown", onKey);
    menu.current?.querySelector<HTMLButtonElement>("[role='menuitem']")?.focus();
    return () => {
      document.removeEventListener("pointerdown", onPointer, true);
      document.removeEventListener("keydown", onKey);
    };
  }, [onClose]);

  const name = entity.data?.entity.name ?? id;
  const counts = entity.data ? countByType(entity.data.links) : [];
  const cited = entity.data?.links.flatMap((link) => link.evidence)[0];
  const group = selection.length > 1 && selection.includes(id) ? [...selection] : [id];
  const pinned = actions.isPinned(id);
  const act = (action: () => void) => () => {
    action();
    onClose();
  };
  return (
    <div
      ref={menu}
      className="node-menu"
      role="menu"
      aria-label={`Actions for ${name}`}
      onContextMenu={(event) => event.preventDefault()}
    >
      <p className="node-menu-title">{name}</p>
      <MenuItem label="Expand all links" onClick={act(() => actions.expand(id))} />
      {counts.length > 0 && (
        <fieldset aria-label="Expand by type" className="node-menu-group">
          {counts.map(([type, count]) => (
            <MenuItem
              key={type}
              label={`Expand ${typeWords(type)} (${count})`}
              onClick={act(() => actions.expand(id, type))}
            />
          ))}
        </fieldset>
      )}
      {entity.isPending && <p className="node-menu-note">Loading its links…</p>}
      <MenuItem label="Select neighbours" onClick={act(() => actions.selectNeighbours(group))} />
      <MenuItem
        label={group.length > 1 ? `Hide ${group.length} selected` : "Hide"}
        onClick={act(() => actions.hide(group))}
      />
      <MenuItem label={pinned ? "Unpin" : "Pin"} onClick={act(() => actions.pin(id, !pinned))} />
      <MenuItem label="Find paths from here" onClick={act(() => actions.findPathsFrom(id))} />
      {cited && (
        <MenuItem
          label={`Open article: ${cited.article.title}`}
          onClick={act(() => actions.openArticle(cited.article.id, { start: cited.start, end: cited.end }))}
        />
      )}
    </div>
  );
}

function MenuItem({ label, onClick }: { label: string; onClick(): void }) {
  return (
    <button type="button" role="menuitem" className="node-menu-item" onClick={onClick}>
      {label}
    </button>
  );
}
