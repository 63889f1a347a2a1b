import type { ElementDefinition } from "cytoscape";
import type { GraphResponse } from "../../../shared/api-types.ts";

/** API graph -> Cytoscape elements; labels become classes so that styles can match them. */
export function toElements(graph: GraphResponse): ElementDefinition[] {
  return [
    ...graph.nodes.map((node) => ({
      group: "nodes" as const,
      data: { id: node.id, name: node.name },
      classes: node.labels.join(" "),
    })),
    ...graph.edges.map((edge) => ({
      group: "edges" as const,
      data: { id: edge.id, source: edge.source, target: edge.target, type: edge.type },
    })),
  ];
}
