/**
 * The explorer: search, the canvas with its toolbar, filters, legend, paths, the details panel and the article
 * reader, wired together through the view state in the URL (features never talk to each other directly).
 */
import { useCallback, useMemo, useState } from "react";
import { ArticleReader } from "../features/articles/components/article-reader.tsx";
import { useEntityName } from "../features/details/api/entity-query.ts";
import { DetailsPanel } from "../features/details/components/details-panel.tsx";
import { ExportDialog } from "../features/export/components/export-dialog.tsx";
import { useBriefingContext, withNote } from "../features/export/use-briefing-context.ts";
import { useExportHook } from "../features/export/use-export-hook.ts";
import { FilterPanel, type FilterValues } from "../features/filters/components/filter-panel.tsx";
import { EXPAND_LIMIT } from "../features/graph/api/neighbours-query.ts";
import { GraphCanvas } from "../features/graph/components/graph-canvas.tsx";
import { GraphLegend } from "../features/graph/components/graph-legend.tsx";
import { GraphToolbar } from "../features/graph/components/graph-toolbar.tsx";
import { SelectionBar } from "../features/graph/components/selection-bar.tsx";
import { clearCanvasSelection, selectNeighbours } from "../features/graph/interactions/pointer-events.ts";
import { fitCanvas } from "../features/graph/layout/fit-picture.ts";
import { MapView } from "../features/map/components/map-view.tsx";
import { PathSummary } from "../features/paths/components/path-summary.tsx";
import { SearchBox } from "../features/search/components/search-box.tsx";
import { Timeline, type TimeWindow } from "../features/timeline/components/timeline.tsx";
import { arrangementOf } from "../lib/arrangement-code.ts";
import { useViewState, type ViewState } from "../lib/view-state.ts";
import { CanvasOverlays } from "./canvas-tools/canvas-overlays.tsx";
import type { NodeActions } from "./canvas-tools/node-menu.tsx";
import { useCanvasOverlays } from "./canvas-tools/use-canvas-overlays.ts";
import { GraphCaption } from "./graph-caption.tsx";
import { mapBriefingSource } from "./map-briefing.ts";
import { mapLooks, visibleGraph } from "./map-graph.ts";
import { useExplorerGraph } from "./use-explorer-graph.ts";
import { useShortcuts } from "./use-shortcuts.ts";
import {
  withAdded,
  withAllHidden,
  withAllShown,
  withClearedCanvas,
  withCollapse,
  withExpansion,
  withHidden,
  withMoved,
  withPin,
  withRemoval,
  withSelection,
} from "./view-actions.ts";

export function Explorer() {
  const [view, update] = useViewState();
  const graph = useExplorerGraph(view);
  const select = useCallback((id: string | null) => update((state) => withSelection(state, id)), [update]);
  const expand = useCallback(
    (id: string, type?: string) => update((state) => withExpansion(state, { id, type })),
    [update],
  );
  const remove = (id: string) => update((state) => withRemoval(state, id));
  const set = (change: Partial<ViewState>) => update((state) => ({ ...state, ...change }));
  const [exporting, setExporting] = useState(false);
  const pathFromName = useEntityName(view.pathFrom).data;
  const pathToName = useEntityName(view.pathTo).data;
  const mapMode = view.map === true;
  const relationTypeKey = graph.relationTypes.join(",");
  // biome-ignore lint/correctness/useExhaustiveDependencies: the looks change only when the types shown do
  const looks = useMemo(() => mapLooks(graph.relationTypes), [relationTypeKey]);
  const briefing = useBriefingContext(
    view,
    graph.savedQuery.data?.title,
    graph.nodeCount,
    mapMode ? mapBriefingSource : undefined,
  );
  const claims = useMemo(
    () =>
      graph.merged.edges.map((edge) => ({
        id: edge.id,
        firstPublished:
          typeof edge.properties.firstPublished === "string" ? edge.properties.firstPublished : null,
      })),
    [graph.merged.edges],
  );
  const onWindow = useCallback(
    ({ since, until }: TimeWindow, playing: boolean) =>
      update((state) => ({ ...state, since, until }), { replace: playing }),
    [update],
  );
  const mapGraph = useMemo(
    () => (mapMode ? visibleGraph(graph.merged, view, view.hidden ?? []) : null),
    [mapMode, graph.merged, view],
  );
  useExportHook(briefing.context);
  const overlays = useCanvasOverlays();
  const nodeActions: NodeActions = {
    expand,
    selectNeighbours: (ids) => window.__graphbrief_cy && selectNeighbours(window.__graphbrief_cy, ids),
    hide: (ids) => update((state) => withAllHidden(state, ids)),
    isPinned: (id) => view.pinned.includes(id),
    pin: (id, pin) => update((state) => withPin(state, id, pin)),
    findPathsFrom: (id) => {
      set({ pathFrom: id });
      document.querySelector<HTMLInputElement>("input[aria-label='Path to']")?.focus();
    },
    openArticle: (article, cited) => set({ article, cited }),
  };
  const selection = () =>
    overlays.selection.length > 0 ? overlays.selection : view.selected ? [view.selected] : [];
  useShortcuts({
    search: () => document.querySelector<HTMLInputElement>("input[aria-label='Search entities']")?.focus(),
    fit: () => (mapMode ? window.__graphbrief_map?.drawing.fitAll() : fitCanvas()),
    expand: () => view.selected && expand(view.selected),
    remove: () => view.selected && remove(view.selected),
    clearSelection: () => {
      select(null);
      if (window.__graphbrief_cy) clearCanvasSelection(window.__graphbrief_cy);
    },
    selectNeighbours: () => nodeActions.selectNeighbours(selection()),
    hideSelection: () => nodeActions.hide(selection()),
    help: overlays.toggleHelp,
  });

  return (
    <div className="explorer">
      <aside className="sidebar" aria-label="Search and filters">
        <SearchBox
          label="Search entities"
          placeholder="Search names and aliases… ( / )"
          onChoose={(hit) => select(hit.id)}
        />
        <section className="path-finder" aria-label="Path finder">
          <h2 className="panel-title">Paths</h2>
          <SearchBox
            label="Path from"
            placeholder="From…"
            chosenName={pathFromName}
            onChoose={(hit) => set({ pathFrom: hit.id })}
          />
          <SearchBox
            label="Path to"
            placeholder="To…"
            chosenName={pathToName}
            onChoose={(hit) => set({ pathTo: hit.id })}
          />
          {view.pathFrom && view.pathTo && (
            <PathSummary state={graph.paths} onClear={() => set({ pathFrom: null, pathTo: null })} />
          )}
        </section>
        <FilterPanel
          values={view}
          entityTypes={graph.entityTypes}
          relationTypes={graph.relationTypes}
          onChange={(change: Partial<FilterValues>) => set(change)}
        />
        <GraphLegend
          entityTypes={graph.entityTypes}
          relationTypes={graph.relationTypes}
          coMentions={view.coMentions && graph.coMentionCount > 0}
        />
      </aside>
      <section className="graph" aria-label="Graph">
        <GraphToolbar
          layout={view.layout}
          overview={view.overview}
          cap={view.cap}
          onCap={(cap) => set({ cap })}
          onLayout={(layout) => set({ layout, arrangement: {} })}
          onClear={(empty) => update((state) => withClearedCanvas(state, empty))}
          onExport={() => setExporting(true)}
          hidden={view.hidden?.length ?? 0}
          onShowAll={() => update(withAllShown)}
          coMentions={{
            count: graph.coMentionCount,
            shown: view.coMentions,
            onToggle: (coMentions) => set({ coMentions }),
          }}
          map={mapMode}
          onMap={(on) => set({ map: on, route: null })}
          sizeBy={view.sizeBy ?? "same"}
          onSizeBy={(sizeBy) => set({ sizeBy })}
          hideUnlinked={view.hideUnlinked ?? false}
          onHideUnlinked={(hideUnlinked) => set({ hideUnlinked })}
          {...(mapMode ? { onFit: () => window.__graphbrief_map?.drawing.fitAll() } : {})}
        />
        {graph.savedQuery.error && (
          <p className="graph-error" role="alert">
            The saved query “{view.query}” could not be shown: {graph.savedQuery.error.message}
          </p>
        )}
        {exporting && (
          <ExportDialog
            context={briefing.context}
            defaultTitle={briefing.title}
            defaultSubtitle={briefing.subtitle}
            selected={view.selected}
            onNote={(id, text) => update((state) => withNote(state, id, text))}
            onClose={() => setExporting(false)}
          />
        )}
        {mapGraph ? (
          <MapView
            nodes={mapGraph.nodes}
            edges={mapGraph.edges}
            selected={view.selected}
            route={view.route ?? null}
            looks={looks}
            onSelect={(id) => set({ selected: id })}
            onExpand={expand}
            onRoute={(route) => set({ route })}
            onOpenArticle={(article, cited) => set({ article, cited })}
          />
        ) : (
          <GraphCanvas
            elements={graph.elements}
            filters={view}
            layout={view.layout}
            selected={view.selected}
            highlighted={graph.highlighted}
            pinned={view.pinned}
            positions={view.positions}
            hidden={view.hidden}
            hideUnlinked={view.hideUnlinked ?? false}
            viewport={view.viewport}
            onViewport={(viewport) => update((state) => ({ ...state, viewport }), { replace: true })}
            onSelect={(id) => set({ selected: id })}
            onExpand={expand}
            onMove={(id, position) => update((state) => withMoved(state, id, position))}
            arrangement={view.arrangement}
            onArrange={(placed) =>
              update((state) => ({ ...state, arrangement: arrangementOf(placed) }), { replace: true })
            }
            onNodeMenu={overlays.openMenu}
            onHover={overlays.onHover}
            onSelectionChange={overlays.setSelection}
          />
        )}
        {!mapMode && (
          <SelectionBar
            count={overlays.selection.length}
            onSelectNeighbours={() => nodeActions.selectNeighbours(overlays.selection)}
            onHide={() => nodeActions.hide(overlays.selection)}
            onClear={() => window.__graphbrief_cy && clearCanvasSelection(window.__graphbrief_cy)}
          />
        )}
        <CanvasOverlays overlays={overlays} actions={nodeActions} />
        <Timeline
          claims={claims}
          window={{ since: view.since ?? null, until: view.until }}
          showUndated={view.showUndated}
          onWindow={onWindow}
          onUndated={(showUndated) => set({ showUndated })}
        />
        <GraphCaption
          graph={graph}
          removed={view.removed.length}
          overviewShown={view.overview}
          coMentionsShown={view.coMentions}
        />
      </section>
      <aside className="details-panel" aria-label="Details">
        {view.article ? (
          <ArticleReader
            id={view.article}
            cited={view.cited ?? null}
            onClose={() => set({ article: null, cited: null })}
            onSelect={(id) => update((state) => ({ ...withSelection(state, id), article: null }))}
            onShowInGraph={(ids) => update((state) => withAdded(state, ids))}
          />
        ) : view.selected ? (
          <DetailsPanel
            id={view.selected}
            expandLimit={EXPAND_LIMIT}
            onSelect={select}
            onExpand={expand}
            onRemove={remove}
            onHide={(id) => update((state) => withHidden(state, id))}
            pinned={view.pinned.includes(view.selected)}
            onPin={nodeActions.pin}
            onCollapse={
              view.expanded.some((item) => item.id === view.selected)
                ? (id) => update((state) => withCollapse(state, id))
                : undefined
            }
            onOpenArticle={(article, cited) => set({ article, cited })}
          />
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
