/**
 * A search box with suggestions (an ARIA combobox): type, move with the arrow keys, choose with Enter or a click.
 * Used for finding an entity and for picking the two ends of a path.
 */
import { useEffect, useId, useState } from "react";
import type { SearchHit } from "../../../../shared/api-types.ts";
import { useSearch } from "../api/search-query.ts";

export interface SearchBoxProps {
  label: string;
  placeholder?: string;
  onChoose(hit: SearchHit): void;
  /** The name of what was chosen, when known from elsewhere (e.g. the URL after a reload): shown in the box. */
  chosenName?: string | null;
  /** Every change of the text typed (a form that also takes free text). */
  onText?(text: string): void;
}

function useDebounced(value: string, delayMs: number): string {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return debounced;
}

export function SearchBox({ label, placeholder, onChoose, chosenName, onText }: SearchBoxProps) {
  const [text, setText] = useState(chosenName ?? "");
  useEffect(() => {
    if (chosenName) setText(chosenName);
  }, [chosenName]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  const query = useSearch(useDebounced(text, 150));
  const hits = text.trim() ? (query.data?.hits ?? []) : [];
  const expanded = open && text.trim().length > 0;

  const choose = (hit: SearchHit | undefined) => {
    if (!hit) return;
    onChoose(hit);
    setText(hit.name);
    setOpen(false);
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown") setActive((index) => Math.min(index + 1, hits.length - 1));
    else if (event.key === "ArrowUp") setActive((index) => Math.max(index - 1, 0));
    else if (event.key === "Enter") choose(hits[active]);
    else if (event.key === "Escape") setOpen(false);
    else return;
    event.preventDefault();
  };

  return (
    <div className="search-box">
      <input
        type="search"
        role="combobox"
        aria-label={label}
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && hits[active] ? `${listId}-${active}` : undefined}
        placeholder={placeholder}
        value={text}
        maxLength={200}
        onChange={(event) => {
          setText(event.target.value);
          onText?.(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
      />
      {expanded && (
        <div id={listId} role="listbox" aria-label={`${label} suggestions`} className="search-suggestions">
          {query.isError && <p className="search-note">{query.error.message}</p>}
          {query.isPending && <p className="search-note">Searching…</p>}
          {query.isSuccess && hits.length === 0 && <p className="search-note">No entity matches “{text}”.</p>}
          {hits.map((hit, index) => (
            <div
              key={hit.id}
              id={`${listId}-${index}`}
              role="option"
              tabIndex={-1}
              aria-selected={index === active}
              className="search-option"
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(hit)}
              onKeyDown={(event) => event.key === "Enter" && choose(hit)}
            >
              <span className="search-option-name">{hit.name}</span>{" "}
              <span className="search-option-type">{hit.type}</span>
              <span className="search-option-links">{linkSummary(hit)}</span>
            </div>
          ))}
        </div>
      )}
    </div>
  );
}

function linkSummary(hit: SearchHit): string {
  const total = hit.links.reduce((sum, link) => sum + link.count, 0);
  const alias = hit.aliases.find((name) => name !== hit.name);
  return `${total} link${total === 1 ? "" : "s"}${alias ? ` · also “${alias}”` : ""}`;
}
