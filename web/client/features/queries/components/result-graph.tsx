/** Results as a graph on a Cytoscape canvas of its own (the explorer's canvas belongs to the explorer). */
import cytoscape, { type Core, type ElementDefinition } from "cytoscape";
import { useEffect, useRef } from "react";
import type { QueryResult } from "../../../../shared/query-types.ts";

type Graph = QueryResult["graph"];

const STYLE: cytoscape.StylesheetJson = [
  {
    selector: "node",
    style: {
      label: "data(label)",
      "font-size": 10,
      "background-color": "#2563eb",
      width: 18,
      height: 18,
      "text-valign": "bottom",
      "text-margin-y": 4,
    },
  },
  {
    selector: "edge",
    style: {
      label: "data(label)",
      "font-size": 8,
      color: "#64748b",
      width: 1.5,
      "line-color": "#94a3b8",
      "target-arrow-color": "#94a3b8",
      "target-arrow-shape": "triangle",
      "curve-style": "bezier",
    },
  },
];

function toElements(graph: Graph): ElementDefinition[] {
  return [
    ...graph.nodes.map((node) => ({ data: { id: node.id, label: node.name } })),
    ...graph.edges.map((edge) => ({
      data: { id: edge.id, source: edge.source, target: edge.target, label: edge.type },
    })),
  ];
}

/** `explorerHref`: the explorer's view of the saved query that gave this result, when it was one. */
export function ResultGraph({ graph, explorerHref }: { graph: Graph; explorerHref?: string | undefined }) {
  const container = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | null>(null);
  useEffect(() => {
    if (!container.current) return;
    cy.current = cytoscape({ container: container.current, style: STYLE, wheelSensitivity: 0.3 });
    return () => cy.current?.destroy();
  }, []);
  useEffect(() => {
    const core = cy.current;
    if (!core) return;
    core.elements().remove();
    core.add(toElements(graph));
    core.layout({ name: "cose", animate: false, padding: 30 }).run();
  }, [graph]);
  return (
    <div className="result-graph">
      <div ref={container} className="result-graph-canvas" role="img" aria-label="Query result graph" />
      <p className="result-graph-caption">
        <span>
          {graph.nodes.length} nodes, {graph.edges.length} relationships
        </span>
        {explorerHref && (
          <>
            {" · "}
            <a href={explorerHref}>Open in explorer</a>
          </>
        )}
      </p>
    </div>
  );
}

/** The union of two graphs by id, for "merge into the canvas". */
export function mergeGraphs(a: Graph, b: Graph): Graph {
  const nodes = new Map([...a.nodes, ...b.nodes].map((node) => [node.id, node]));
  const edges = new Map([...a.edges, ...b.edges].map((edge) => [edge.id, edge]));
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}
