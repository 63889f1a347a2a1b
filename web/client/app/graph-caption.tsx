/**
 * The line under the canvas: loading, errors, an empty graph or an empty canvas (and how to fill it), or what is
 * shown — entities, claims, co-mentions — and honestly what is left out.
 */
import type { useExplorerGraph } from "./use-explorer-graph.ts";

export function GraphCaption({
  graph,
  removed,
  overviewShown,
  coMentionsShown,
}: {
  graph: ReturnType<typeof useExplorerGraph>;
  removed: number;
  /** Whether the canvas starts from the overview (false after "Clear canvas"). */
  overviewShown: boolean;
  coMentionsShown: boolean;
}) {
  const { overview } = graph;
  if (overview.isPending) return <p className="graph-caption">Loading the graph…</p>;
  if (overview.isError) return <p className="graph-caption graph-caption-error">{overview.error.message}</p>;
  if (graph.nodeCount === 0 && (overview.data?.total ?? 0) === 0)
    return <p className="graph-caption">The graph is empty: load some articles.</p>;
  if (graph.nodeCount === 0) {
    return (
      <p className="graph-caption" aria-live="polite">
        The canvas is empty: search for an entity to add it
        {overviewShown ? "" : ", or choose “Show overview”"}.
      </p>
    );
  }
  const entities = `${graph.nodeCount} ${graph.nodeCount === 1 ? "entity" : "entities"}`;
  return (
    <p className="graph-caption" aria-live="polite">
      Showing {entities} and {graph.edgeCount} link{graph.edgeCount === 1 ? "" : "s"}
      {coMentionsShown && graph.coMentionCount > 0 ? ` (and ${graph.coMentionCount} co-mentions)` : ""}
      {graph.leftOut > 0 ? ` — ${graph.leftOut} less connected entities are left out` : ""}
      {removed > 0 ? ` — ${removed} removed by you` : ""}
      {graph.filteredOut.nodes + graph.filteredOut.edges > 0
        ? ` — filters hide ${graph.filteredOut.nodes} nodes and ${graph.filteredOut.edges} links`
        : ""}
      {graph.expanding ? " — expanding…" : ""}
      {graph.expansionError ? ` — ${graph.expansionError.message}` : ""}
      {graph.linksError ? ` — links among them could not be loaded: ${graph.linksError.message}` : ""}.
    </p>
  );
}
