/**
 * The force-directed layout of large graphs: ForceAtlas2 with the Barnes-Hut approximation (its cost grows with
 * n log n, where fcose's refinement grows with n²), which draws densely linked groups apart; then scaled into
 * the canvas's units so that most nodes already have room (a typical link at least as long as fcose makes it,
 * and three nodes in four at least a node's width and margin from their nearest neighbour), and an anti-overlap
 * pass (noverlap) pushes apart the nodes still drawn over each other, and the few it leaves are separated box
 * by box (separate-boxes.ts). It starts from the first placement the
 * canvas shows at once (first-placement.ts), so that the layout refines what the user already sees. Seeded: the
 * same request always gives the same positions.
 */
import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import noverlap from "graphology-layout-noverlap";
import type { LayoutNode, LayoutRequest, Point, Positions } from "./compute-layout.ts";
import { firstPlacement } from "./first-placement.ts";
import { layoutSeed, withSeededRandom } from "./seeded-random.ts";
import { separateBoxes } from "./separate-boxes.ts";

/** How long a typical link is after the layout (fcose's ideal edge length). */
const LINK_LENGTH = 90;
/** Room kept free around each node by the anti-overlap pass (graph units). */
const NODE_MARGIN = 3;
const MAX_NOVERLAP_ITERATIONS = 1000;
/**
 * The widest the layout may be, per square root of the node count (5,000 nodes: about 8,800 px), so that the
 * canvas can still fit it on screen (its smallest zoom is 0.05); noverlap then separates more of the nodes.
 */
const MAX_SIDE_PER_ROOT_NODE = 125;
/** The share of nodes closer than a node's width to their nearest neighbour that noverlap is left to separate. */
const CROWDED_SHARE = 0.25;

export interface LargeLayoutOptions {
  /** ForceAtlas2 iterations (more: closer to equilibrium, slower). */
  iterations?: number;
  /** Called with intermediate positions every `every` iterations, so that the canvas can follow. */
  progress?: { every: number; report(positions: Positions): void };
}

/** ForceAtlas2 iterations: enough, from the first placement, for groups of a few dozen nodes to draw apart. */
const ITERATIONS = 100;

export function largeGraphLayout(request: LayoutRequest, options: LargeLayoutOptions = {}): Positions {
  const start = firstPlacement(request.nodes, request.edges);
  const graph = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  // In id order, so that the order the elements came in does not change the result.
  for (const node of byId(request.nodes)) {
    const at = (node.fixed && node.position) || start[node.id] || { x: 0, y: 0 };
    graph.addNode(node.id, { x: at.x, y: at.y, size: radiusOf(node), fixed: Boolean(node.fixed) });
  }
  for (const edge of byId(request.edges)) {
    if (edge.source === edge.target || !graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    if (!graph.hasEdge(edge.source, edge.target)) graph.addEdge(edge.source, edge.target);
  }
  const settings = {
    ...forceAtlas2.inferSettings(graph.order),
    barnesHutOptimize: true,
    // Less damping than ForceAtlas2 infers for this size: groups draw apart within the iterations given.
    slowDown: 2,
  };
  const total = options.iterations ?? ITERATIONS;
  const step = options.progress?.every ?? total;
  for (let done = 0; done < total; done += step) {
    forceAtlas2.assign(graph, { iterations: Math.min(step, total - done), settings });
    if (options.progress && done + step < total) options.progress.report(scaled(graph, request.nodes));
  }
  placeScaled(graph, request.nodes);
  // noverlap jitters nodes that sit on the very same spot with Math.random.
  withSeededRandom(layoutSeed("noverlap", graph.nodes()), () =>
    noverlap.assign(graph, {
      maxIterations: MAX_NOVERLAP_ITERATIONS,
      settings: {
        margin: NODE_MARGIN,
        ratio: 1,
        expansion: 1.05,
        gridSize: Math.ceil(Math.sqrt(graph.order)),
      },
    }),
  );
  const positions = readPositions(graph);
  for (const node of request.nodes)
    if (node.fixed && node.position) positions[node.id] = { ...node.position };
  return separateBoxes(request.nodes, positions);
}

function byId<T extends { id: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Half the diagonal of the node's box: circles this big never let two boxes overlap. */
function radiusOf(node: LayoutNode): number {
  return Math.hypot(node.width, node.height) / 2;
}

function readPositions(graph: Graph): Positions {
  const positions: Positions = {};
  graph.forEachNode((id, attributes) => {
    positions[id] = { x: attributes.x as number, y: attributes.y as number };
  });
  return positions;
}

/**
 * ForceAtlas2's units are its own: the factor (about the graph's centre) that gives a typical link at least
 * LINK_LENGTH and leaves most nodes a node's width and margin away from their nearest neighbour.
 */
function scaleFactor(graph: Graph): { factor: number; centre: Point } {
  const points: Point[] = [];
  graph.forEachNode((_id, attributes) => {
    points.push({ x: attributes.x as number, y: attributes.y as number });
  });
  const lengths: number[] = [];
  graph.forEachEdge((_edge, _attributes, _source, _target, a, b) => {
    lengths.push(Math.hypot((a.x as number) - (b.x as number), (a.y as number) - (b.y as number)));
  });
  const link = quantile(lengths, 0.5);
  const gap = quantile(nearestDistances(points), CROWDED_SHARE);
  const room = 2 * (maxRadius(graph) + NODE_MARGIN);
  const wanted = Math.max(link > 0 ? LINK_LENGTH / link : 1, gap > 0 ? room / gap : 1);
  const side = extent(points);
  const widest = MAX_SIDE_PER_ROOT_NODE * Math.sqrt(points.length);
  const factor = side > 0 ? Math.min(wanted, widest / side) : wanted;
  const sum = points.reduce((total, point) => ({ x: total.x + point.x, y: total.y + point.y }), {
    x: 0,
    y: 0,
  });
  const centre = { x: sum.x / Math.max(1, points.length), y: sum.y / Math.max(1, points.length) };
  return { factor, centre };
}

function extent(points: readonly Point[]): number {
  const xs = points.map((point) => point.x);
  const ys = points.map((point) => point.y);
  return Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys), 0);
}

function quantile(values: number[], share: number): number {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length * share)] ?? 0;
}

function maxRadius(graph: Graph): number {
  let radius = 0;
  graph.forEachNode((_id, attributes) => {
    radius = Math.max(radius, attributes.size as number);
  });
  return radius;
}

/** Each point's distance to its nearest other point (a sweep along x: n log n for spread-out points). */
export function nearestDistances(points: readonly Point[]): number[] {
  const sorted = [...points].sort((a, b) => a.x - b.x);
  return sorted.map((point, index) => {
    let best = Number.POSITIVE_INFINITY;
    for (let j = index + 1; j < sorted.length; j++) {
      const other = sorted[j] as Point;
      if (other.x - point.x >= best) break;
      best = Math.min(best, Math.hypot(other.x - point.x, other.y - point.y));
    }
    for (let j = index - 1; j >= 0; j--) {
      const other = sorted[j] as Point;
      if (point.x - other.x >= best) break;
      best = Math.min(best, Math.hypot(other.x - point.x, other.y - point.y));
    }
    return best;
  });
}

function scaled(graph: Graph, nodes: LayoutNode[]): Positions {
  const { factor, centre } = scaleFactor(graph);
  const positions: Positions = {};
  graph.forEachNode((id, attributes) => {
    positions[id] = {
      x: ((attributes.x as number) - centre.x) * factor,
      y: ((attributes.y as number) - centre.y) * factor,
    };
  });
  for (const node of nodes) if (node.fixed && node.position) positions[node.id] = { ...node.position };
  return positions;
}

function placeScaled(graph: Graph, nodes: LayoutNode[]) {
  const positions = scaled(graph, nodes);
  graph.forEachNode((id) => {
    const at = positions[id];
    if (at) graph.mergeNodeAttributes(id, { x: at.x, y: at.y });
  });
}
