/**
 * The explorer: search, the canvas with its toolbar, filters, legend, paths and the details panel, wired
 * together through the view state in the URL (features never talk to each other directly).
 */
import { useCallback } from "react";
import type { SearchHit } from "../../shared/api-types.ts";
import { DetailsPanel } from "../features/details/components/details-panel.tsx";
import { FilterPanel, type FilterValues } from "../features/filters/components/filter-panel.tsx";
import { EXPAND_LIMIT } from "../features/graph/api/neighbours-query.ts";
import { GraphCanvas } from "../features/graph/components/graph-canvas.tsx";
import { GraphLegend } from "../features/graph/components/graph-legend.tsx";
import { GraphToolbar } from "../features/graph/components/graph-toolbar.tsx";
import { PathSummary } from "../features/paths/components/path-summary.tsx";
import { SearchBox } from "../features/search/components/search-box.tsx";
import { type Expansion, useViewState, type ViewState } from "../lib/view-state.ts";
import { GraphCaption } from "./graph-caption.tsx";
import { useExplorerGraph } from "./use-explorer-graph.ts";

export function Explorer() {
  const [view, update] = useViewState();
  const graph = useExplorerGraph(view);
  const select = useCallback(
    (id: string | null) => update((state) => ({ ...state, selected: id })),
    [update],
  );
  const expand = useCallback(
    (id: string, type?: string) => update((state) => withExpansion(state, { id, type })),
    [update],
  );
  const setFilters = (change: Partial<FilterValues>) => update((state) => ({ ...state, ...change }));
  const choose = (hit: SearchHit) =>
    update((state) => ({
      ...state,
      selected: hit.id,
      added: state.added.includes(hit.id) ? state.added : [...state.added, hit.id],
    }));
  const clear = (empty: boolean) =>
    update((state) =>
      empty
        ? { ...state, overview: false, expanded: [], added: [], pathFrom: null, pathTo: null }
        : { ...state, overview: true },
    );

  return (
    <div className="explorer">
      <aside className="sidebar" aria-label="Search and filters">
        <SearchBox label="Search entities" placeholder="Search names and aliases…" onChoose={choose} />
        <section className="path-finder" aria-label="Path finder">
          <h2 className="panel-title">Paths</h2>
          <SearchBox
            label="Path from"
            placeholder="From…"
            onChoose={(hit) => update((s) => ({ ...s, pathFrom: hit.id }))}
          />
          <SearchBox
            label="Path to"
            placeholder="To…"
            onChoose={(hit) => update((s) => ({ ...s, pathTo: hit.id }))}
          />
          {view.pathFrom && view.pathTo && (
            <PathSummary
              state={graph.paths}
              onClear={() => update((s) => ({ ...s, pathFrom: null, pathTo: null }))}
            />
          )}
        </section>
        <FilterPanel
          values={view}
          entityTypes={graph.entityTypes}
          relationTypes={graph.relationTypes}
          onChange={setFilters}
        />
        <GraphLegend entityTypes={graph.entityTypes} relationTypes={graph.relationTypes} />
      </aside>
      <section className="graph" aria-label="Graph">
        <GraphToolbar
          layout={view.layout}
          overview={view.overview}
          onLayout={(layout) => update((state) => ({ ...state, layout }))}
          onClear={clear}
        />
        <GraphCanvas
          elements={graph.elements}
          filters={view}
          layout={view.layout}
          selected={view.selected}
          highlighted={graph.highlighted}
          onSelect={select}
          onExpand={expand}
        />
        <GraphCaption graph={graph} />
      </section>
      <aside className="details-panel" aria-label="Details">
        {view.selected ? (
          <DetailsPanel id={view.selected} expandLimit={EXPAND_LIMIT} onSelect={select} onExpand={expand} />
        ) : (
          <p className="panel-note">
            Select an entity (search, or click one on the canvas) to see its links and the sentences behind
            them.
          </p>
        )}
      </aside>
    </div>
  );
}

function withExpansion(state: ViewState, expansion: Expansion): ViewState {
  const entry: Expansion = expansion.type ? expansion : { id: expansion.id };
  const known = state.expanded.some((item) => item.id === entry.id && item.type === entry.type);
  return known ? state : { ...state, expanded: [...state.expanded, entry] };
}
