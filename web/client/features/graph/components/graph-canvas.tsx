import cytoscape, { type Core } from "cytoscape";
import { useEffect, useRef } from "react";
import { useOverview } from "../api/overview-query.ts";
import { graphStyle } from "../graph-style.ts";
import { toElements } from "../to-elements.ts";

/** The graph canvas: one Cytoscape instance for the component's life, its elements replaced when data changes. */
export function GraphCanvas() {
  const container = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | null>(null);
  const overview = useOverview();

  useEffect(() => {
    cy.current = cytoscape({ container: container.current, style: graphStyle, maxZoom: 2 });
    return () => cy.current?.destroy();
  }, []);

  useEffect(() => {
    const instance = cy.current;
    if (!instance || !overview.data) return;
    instance.elements().remove();
    instance.add(toElements(overview.data));
    instance.layout({ name: "cose", animate: false, randomize: false }).run();
    instance.fit(undefined, 30);
  }, [overview.data]);

  return (
    <section className="graph" aria-label="Graph">
      <div ref={container} className="graph-canvas" data-testid="graph-canvas" />
      <GraphCaption state={overview} />
    </section>
  );
}

function GraphCaption({ state }: { state: ReturnType<typeof useOverview> }) {
  if (state.isPending) return <p className="graph-caption">Loading the graph…</p>;
  if (state.isError) return <p className="graph-caption graph-caption-error">{state.error.message}</p>;
  const { nodes, edges, truncated, total } = state.data;
  if (nodes.length === 0) return <p className="graph-caption">The graph is empty: load some articles.</p>;
  return (
    <p className="graph-caption" aria-live="polite">
      Showing {nodes.length} nodes and {edges.length} links
      {truncated ? ` — the ${total - nodes.length} least connected nodes are left out` : ""}.
    </p>
  );
}
