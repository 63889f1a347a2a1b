// Route legs: "from X to Y via Z", "to Y through Z", "between X and Y" trains or flights, and hyphen
// chains such as "A-B-C" or "A-B air service". Each path becomes ordered legs sharing one routeId.

import type { RelationFinding, ResolvedMention } from "../../model.ts";
import { finding, local, PLACES, type Rule, type RuleContext } from "./context.ts";

const MOVEMENT =
  /\b(travel\w*|route|routes|train|trains|rail|railway|flight|flights|flying|fly|air|dispatch\w*|sen[dt]\w*|ship\w*|go|goes|went|transport\w*|move|moves|buses|bus|road|leav\w+|left|cross\w*|arriv\w+|express|ferry|service|line|trip)\b/i;
const MARKER =
  /(?<!\b(?:closer|close|near|next|similar|compared|due|according|back|return|returned|visible|relations|approach|access|link|visit)\s)\b(from|to|via|through|by way of)\s+(?:the\s+)?(?:(?:inland|northern|southern|eastern|western|central|far|border|port of|city of|capital|neighbouring|neighboring)\s+){0,2}$/;
/** Text between two stops that ends a path: a new clause rather than "and then" or ", then". */
const CLAUSE_BREAK = /[;"]|,(?!\s*then\b)|\band\b(?!\s+then\b)|\bbut\b/;
const TRANSPORT_AFTER =
  /^\s+(?:passenger\s+|freight\s+|express\s+)?(air|flights?|trains?|rail|railway|route|bus|buses|ferry|road|highway|line|service|bridge|tunnel|crossing|pipeline)\b/i;

const TRANSPORT_BEFORE =
  /\b(air|flights?|trains?|rail|railway|route|bus|buses|ferry|road|highway|line|service|bridge|shipping)\b/i;

type Marker = { kind: "from" | "to" | "via"; mention: ResolvedMention; coordinated?: boolean };

function markers(ctx: RuleContext): Marker[] {
  const out: Marker[] = [];
  for (const m of ctx.mentions.filter((x) => PLACES.includes(x.type))) {
    const before = ctx.sentence.text.slice(Math.max(0, local(ctx, m.start) - 40), local(ctx, m.start));
    const hit = MARKER.exec(before);
    const prev = out.at(-1);
    const gap = prev ? ctx.sentence.text.slice(local(ctx, prev.mention.end), local(ctx, m.start)) : "";
    // "through Beijing and Erenhot": a stop coordinated to a "via" stop is one too.
    if (!hit?.[1] && prev?.kind === "via" && /^\s*,?\s*and\s+$/.test(gap))
      out.push({ kind: "via", mention: m, coordinated: true });
    if (!hit?.[1]) continue;
    const kind = hit[1] === "from" ? "from" : hit[1] === "to" ? "to" : "via";
    out.push({ kind, mention: m });
  }
  return out;
}

/** Orders markers into paths: "from" starts a path, a trailing "via" goes before the last "to". */
function paths(ctx: RuleContext, list: Marker[]): ResolvedMention[][] {
  const out: ResolvedMention[][] = [];
  let path: Marker[] = [];
  const flush = () => {
    if (path.length >= 2) out.push(path.map((p) => p.mention));
    path = [];
  };
  for (const [i, m] of list.entries()) {
    const prev = path.at(-1)?.mention;
    const gap = prev ? ctx.sentence.text.slice(local(ctx, prev.end), local(ctx, m.mention.start)) : "";
    const broken = !m.coordinated && (CLAUSE_BREAK.test(gap) || gap.length > 70);
    if (m.kind === "from" || (prev && broken)) flush();
    const laterTo = list.slice(i + 1).some((x) => x.kind === "to");
    const lastTo = path.map((p) => p.kind).lastIndexOf("to");
    if (m.kind === "via" && !laterTo && lastTo >= 0) path.splice(lastTo, 0, m);
    else path.push(m);
  }
  flush();
  return out;
}

function chains(ctx: RuleContext): ResolvedMention[][] {
  const places = ctx.mentions.filter((x) => PLACES.includes(x.type));
  const out: ResolvedMention[][] = [];
  let chain: ResolvedMention[] = [];
  const flush = (next: ResolvedMention | undefined) => {
    const last = chain.at(-1);
    const after = last ? ctx.sentence.text.slice(local(ctx, last.end)) : "";
    const allCountries = chain.every((m) => m.type === "Country");
    if (chain.length >= 3 || (chain.length === 2 && TRANSPORT_AFTER.test(after))) out.push(chain);
    else if (chain.length === 2 && !allCountries && MOVEMENT.test(ctx.sentence.text)) out.push(chain);
    chain = next ? [next] : [];
  };
  for (const m of places) {
    const prev = chain.at(-1);
    if (prev && ctx.sentence.text.slice(local(ctx, prev.end), local(ctx, m.start)) === "-") chain.push(m);
    else flush(m);
  }
  flush(undefined);
  return out;
}

function legs(
  ctx: RuleContext,
  path: ResolvedMention[],
  routeNo: number | string,
  rule: string,
): RelationFinding[] {
  const routeId = `${ctx.article}:s${ctx.sentence.index}:r${routeNo}`;
  const out: RelationFinding[] = [];
  for (let i = 0; i + 1 < path.length; i++) {
    const a = path[i];
    const b = path[i + 1];
    if (!a || !b || a.entityId === b.entityId) continue;
    out.push(
      finding(ctx, a.entityId, "ROUTE_LEG", b.entityId, rule, 0.75, { routeId, legIndex: out.length }),
    );
  }
  return out;
}

/** "(or Khabarovsk)" right after a path: the same path with another last stop, as a route of its own. */
function alternative(ctx: RuleContext, path: ResolvedMention[], routeNo: number): RelationFinding[] {
  const last = path.at(-1);
  if (!last || path.length < 2) return [];
  const alt = ctx.mentions.find(
    (m) =>
      PLACES.includes(m.type) &&
      /^\s*\(or $/.test(ctx.sentence.text.slice(local(ctx, last.end), local(ctx, m.start))),
  );
  if (!alt) return [];
  return legs(ctx, [...path.slice(0, -1), alt], `${routeNo}-alt`, "route.alternative");
}

function between(ctx: RuleContext): ResolvedMention[][] {
  const m = /\bbetween\s+(?:the\s+)?$/;
  const out: ResolvedMention[][] = [];
  const places = ctx.mentions.filter((x) => PLACES.includes(x.type));
  for (const [i, a] of places.entries()) {
    const b = places[i + 1];
    const before = ctx.sentence.text.slice(0, local(ctx, a.start));
    if (!b || !m.test(before) || !TRANSPORT_BEFORE.test(before.slice(-50))) continue;
    const gap = ctx.sentence.text.slice(local(ctx, a.end), local(ctx, b.start));
    if (/^\s+and\s+$/.test(gap)) out.push([a, b]);
  }
  return out;
}

/** Joins a hyphen chain onto a from/to path that ends where the chain starts ("from A to B-C-D"). */
function joined(ctx: RuleContext): Array<{ path: ResolvedMention[]; rule: string }> {
  const moving = MOVEMENT.test(ctx.sentence.text);
  const fromTo = moving ? [...paths(ctx, markers(ctx)), ...between(ctx)] : [];
  const out = fromTo.map((path) => ({ path, rule: "route.from-to-via" }));
  for (const chain of chains(ctx)) {
    const host = out.find((p) => p.path.at(-1) === chain[0]);
    if (host) host.path = [...host.path, ...chain.slice(1)];
    else out.push({ path: chain, rule: "route.hyphen-chain" });
  }
  return out;
}

export const routeRule: Rule = (ctx) =>
  joined(ctx).flatMap(({ path, rule }, n) => [...legs(ctx, path, n, rule), ...alternative(ctx, path, n)]);
