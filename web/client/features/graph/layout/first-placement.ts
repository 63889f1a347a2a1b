/**
 * A placement fast enough for the first frame of a large graph (linear in nodes and links): densely linked
 * groups found by label propagation, each group's nodes on a small sunflower spiral of its own (in breadth-first
 * order from its most linked node), and the groups' spirals side by side on a large one, biggest in the middle.
 * The canvas shows it at once while the layout worker refines it, and the large-graph layout starts from it, so
 * that it has little left to untangle. Deterministic: nodes are visited in id order and ties are broken by a
 * hash of the label and the round (always the smallest label would flood the whole graph with one).
 */
import type { LayoutEdge, LayoutNode, Point, Positions } from "./compute-layout.ts";

/** Distance between neighbouring nodes on a spiral, for nodes 28 px wide. */
const SPACING = 24;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
const PROPAGATION_ROUNDS = 8;

export function firstPlacement(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[]): Positions {
  const neighbours = adjacency(nodes, edges);
  const groups = groupsOf(neighbours);
  // The groups' discs on a sunflower of their own, spaced for the disc of the group the median node is in.
  const discSpacing = 1.2 * discRadius(medianGroupSize(groups));
  const positions: Positions = {};
  groups.forEach((group, rank) => {
    const centre = spiralPoint(rank, discSpacing);
    orderInGroup(group, neighbours).forEach((id, index) => {
      const offset = spiralPoint(index, SPACING);
      positions[id] = { x: centre.x + offset.x, y: centre.y + offset.y };
    });
  });
  return positions;
}

function medianGroupSize(groups: string[][]): number {
  const total = groups.reduce((sum, group) => sum + group.length, 0);
  let counted = 0;
  for (const group of groups) {
    counted += group.length;
    if (counted >= total / 2) return group.length;
  }
  return 1;
}

/** The radius of the sunflower spiral of `count` nodes. */
function discRadius(count: number): number {
  return SPACING * Math.sqrt(count + 1);
}

/** The `index`-th point of a sunflower spiral (neighbouring points about 1.8 × `spacing` apart). */
function spiralPoint(index: number, spacing: number): Point {
  const radius = spacing * Math.sqrt(index + 1);
  const angle = index * GOLDEN_ANGLE;
  return { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
}

function adjacency(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[]): Map<string, string[]> {
  const ids = nodes.map((node) => node.id).sort();
  const neighbours = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const edge of edges) {
    if (edge.source === edge.target || !neighbours.has(edge.source) || !neighbours.has(edge.target)) continue;
    neighbours.get(edge.source)?.push(edge.target);
    neighbours.get(edge.target)?.push(edge.source);
  }
  for (const list of neighbours.values()) list.sort();
  return neighbours;
}

/** Label propagation: each node takes the label most of its neighbours have, a few rounds; biggest group first. */
function groupsOf(neighbours: Map<string, string[]>): string[][] {
  const label = new Map<string, string>();
  for (const id of neighbours.keys()) label.set(id, id);
  for (let round = 0; round < PROPAGATION_ROUNDS; round++) {
    let changed = false;
    for (const [id, around] of neighbours) {
      if (around.length === 0) continue;
      const counts = new Map<string, number>();
      for (const other of around) {
        const theirs = label.get(other) as string;
        counts.set(theirs, (counts.get(theirs) ?? 0) + 1);
      }
      let best = label.get(id) as string;
      let bestCount = counts.get(best) ?? 0;
      let bestRank = rank(best, round);
      for (const [candidate, count] of counts) {
        const candidateRank = rank(candidate, round);
        if (count > bestCount || (count === bestCount && candidateRank < bestRank)) {
          best = candidate;
          bestCount = count;
          bestRank = candidateRank;
        }
      }
      if (best !== label.get(id)) {
        label.set(id, best);
        changed = true;
      }
    }
    if (!changed) break;
  }
  const groups = new Map<string, string[]>();
  for (const [id, group] of label) {
    const members = groups.get(group);
    if (members) members.push(id);
    else groups.set(group, [id]);
  }
  // Stable: groups of the same size keep the order of their labels.
  return [...groups.values()].sort((a, b) => b.length - a.length);
}

/** A label's place in the order that breaks ties in this round (FNV-1a of the label, mixed with the round). */
function rank(label: string, round: number): number {
  let hash = 2166136261 ^ round;
  for (let index = 0; index < label.length; index++) {
    hash ^= label.charCodeAt(index);
    hash = Math.imul(hash, 16777619);
  }
  return hash >>> 0;
}

/** Breadth-first from the group's most linked node, so that linked nodes sit near each other on its spiral. */
function orderInGroup(group: string[], neighbours: Map<string, string[]>): string[] {
  const members = new Set(group);
  const degree = (id: string) => neighbours.get(id)?.length ?? 0;
  const byDegree = [...group].sort((a, b) => degree(b) - degree(a) || (a < b ? -1 : 1));
  const seen = new Set<string>();
  const order: string[] = [];
  for (const root of byDegree) {
    if (seen.has(root)) continue;
    seen.add(root);
    order.push(root);
    for (let head = order.length - 1; head < order.length; head++) {
      for (const next of neighbours.get(order[head] as string) ?? []) {
        if (seen.has(next) || !members.has(next)) continue;
        seen.add(next);
        order.push(next);
      }
    }
  }
  return order;
}
