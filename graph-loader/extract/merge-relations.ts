// Merges relation findings into relations: one per (source, type, target[, route leg]), evidence listed.

import type { Evidence, Relation, RelationFinding } from "../model.ts";

function keyOf(r: {
  source: string;
  type: string;
  target: string;
  routeId?: string;
  legIndex?: number;
  label?: string;
}): string {
  if (r.type === "ROUTE_LEG") return `${r.source}|${r.type}|${r.target}|${r.routeId}|${r.legIndex}`;
  // Untyped claims stay apart by their phrase: "moored beside" and "insured" are different claims.
  if (r.type === "RELATED") return `${r.source}|${r.type}|${r.target}|${r.label ?? ""}`;
  return `${r.source}|${r.type}|${r.target}`;
}

function sameEvidence(a: Relation["evidence"][number], b: Relation["evidence"][number]): boolean {
  return a.article === b.article && a.start === b.start && a.rule === b.rule && a.sentence === b.sentence;
}

/** Accepts findings or already-merged relations; confidence is the best evidence's. */
export function mergeRelations(items: Array<RelationFinding | Relation>): Relation[] {
  const byKey = new Map<string, Relation>();
  for (const item of items) {
    const evidence: Evidence[] = Array.isArray(item.evidence) ? item.evidence : [item.evidence];
    const key = keyOf(item);
    const seen = byKey.get(key);
    if (!seen) {
      const { evidence: _e, ...rest } = item;
      byKey.set(key, {
        ...rest,
        kind: item.kind ?? "claim",
        confidence: Math.max(...evidence.map((e) => e.confidence)),
        evidence: [...evidence],
      });
      continue;
    }
    for (const e of evidence) if (!seen.evidence.some((x) => sameEvidence(x, e))) seen.evidence.push(e);
    seen.confidence = Math.max(seen.confidence, ...evidence.map((e) => e.confidence));
    if (item.attributes) seen.attributes = { ...item.attributes, ...seen.attributes };
  }
  return [...byKey.values()].sort((a, b) => keyOf(a).localeCompare(keyOf(b)));
}
