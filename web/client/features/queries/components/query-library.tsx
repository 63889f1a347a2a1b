/** The saved-query list: search by title and description, pick one to see its form. */
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import type { SavedQuery } from "../../../../shared/query-types.ts";
import { queryListQueryOptions } from "../api/queries-api.ts";

interface QueryLibraryProps {
  selected: string | null;
  onSelect: (query: SavedQuery) => void;
}

export function QueryLibrary({ selected, onSelect }: QueryLibraryProps) {
  const list = useQuery(queryListQueryOptions());
  const [search, setSearch] = useState("");
  const needle = search.trim().toLowerCase();
  const queries = (list.data?.queries ?? []).filter((query) =>
    `${query.title} ${query.description}`.toLowerCase().includes(needle),
  );
  return (
    <section className="query-library" aria-label="Query library">
      <h2 className="panel-title">Saved queries</h2>
      <input
        type="search"
        aria-label="Search saved queries"
        placeholder="Search titles and descriptions…"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
      />
      {list.isError && <p className="query-error">{list.error.message}</p>}
      <ul className="query-list">
        {queries.map((query) => (
          <li key={query.name}>
            <button
              type="button"
              className={query.name === selected ? "query-item query-item-selected" : "query-item"}
              aria-pressed={query.name === selected}
              title={query.description}
              onClick={() => onSelect(query)}
            >
              {query.title}
            </button>
          </li>
        ))}
      </ul>
      {list.data?.problems.map((problem) => (
        <p key={problem.file} className="query-error">
          {problem.file}:{problem.line}: {problem.message}
        </p>
      ))}
    </section>
  );
}
