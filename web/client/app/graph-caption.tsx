/** The line under the canvas: loading, errors, an empty graph, or what is shown and honestly what is left out. */
import type { useExplorerGraph } from "./use-explorer-graph.ts";

export function GraphCaption({
  graph,
  removed,
}: {
  graph: ReturnType<typeof useExplorerGraph>;
  removed: number;
}) {
  const { overview } = graph;
  if (overview.isPending) return <p className="graph-caption">Loading the graph…</p>;
  if (overview.isError) return <p className="graph-caption graph-caption-error">{overview.error.message}</p>;
  if (graph.nodeCount === 0) return <p className="graph-caption">The graph is empty: load some articles.</p>;
  return (
    <p className="graph-caption" aria-live="polite">
      Showing {graph.nodeCount} nodes and {graph.edgeCount} links
      {graph.leftOut > 0 ? ` — ${graph.leftOut} less connected entities are left out` : ""}
      {removed > 0 ? ` — ${removed} removed by you` : ""}
      {graph.filteredOut.nodes + graph.filteredOut.edges > 0
        ? ` — filters hide ${graph.filteredOut.nodes} nodes and ${graph.filteredOut.edges} links`
        : ""}
      {graph.expanding ? " — expanding…" : ""}
      {graph.expansionError ? ` — ${graph.expansionError.message}` : ""}.
    </p>
  );
}
