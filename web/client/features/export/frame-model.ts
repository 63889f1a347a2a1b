/**
 * What a briefing frame says about the view it wraps, computed by pure functions: the entity and relationship
 * types visible, the articles behind the visible links (exactly those), the date stamp and the file name.
 */
import type { ArticleSummary } from "../../../shared/api-types.ts";

export interface ExportNode {
  id: string;
  name: string;
  type: string;
  /** Model position on the canvas. */
  x: number;
  y: number;
  colour: string;
  shape: string;
}

export interface ExportEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  label: string;
  /** Ids of the articles that state this link. */
  articles: string[];
  colour: string;
  /** Co-mentions are drawn when shown, but no article is cited as the source of a claim for them. */
  kind?: "claim" | "co-mention";
}

export interface LegendEntry {
  type: string;
  label: string;
  colour: string;
  shape: string;
}

export interface Legend {
  entities: LegendEntry[];
  relations: LegendEntry[];
}

/** The entity and relationship types among the given (visible) elements, each once, sorted by name. */
export function visibleLegend(nodes: ExportNode[], edges: ExportEdge[]): Legend {
  const entities = new Map<string, LegendEntry>();
  for (const node of nodes) {
    if (!entities.has(node.type))
      entities.set(node.type, { type: node.type, label: node.type, colour: node.colour, shape: node.shape });
  }
  const relations = new Map<string, LegendEntry>();
  for (const edge of edges) {
    if (!relations.has(edge.type)) {
      const label =
        edge.kind === "co-mention"
          ? "named together (co-mention)"
          : edge.type.toLowerCase().replaceAll("_", " ");
      relations.set(edge.type, { type: edge.type, label, colour: edge.colour, shape: "line" });
    }
  }
  const byType = (a: LegendEntry, b: LegendEntry) => compareText(a.type, b.type);
  return { entities: [...entities.values()].sort(byType), relations: [...relations.values()].sort(byType) };
}

/** The ids of the articles behind the given links, each once, sorted. */
export function articleIdsBehind(edges: ExportEdge[]): string[] {
  const claims = edges.filter((edge) => edge.kind !== "co-mention");
  return [...new Set(claims.flatMap((edge) => edge.articles))].sort(compareText);
}

/**
 * The sources footer: the summaries of exactly the articles behind the links, oldest first (undated last).
 * Throws when a summary is missing, rather than printing a footer that leaves a source out.
 */
export function sourcesBehind(
  edges: ExportEdge[],
  summaries: ReadonlyMap<string, ArticleSummary>,
): ArticleSummary[] {
  const missing = articleIdsBehind(edges).filter((id) => !summaries.has(id));
  if (missing.length > 0) throw new Error(`No article summary for: ${missing.join(", ")}`);
  return articleIdsBehind(edges)
    .map((id) => summaries.get(id) as ArticleSummary)
    .sort(
      (a, b) =>
        Number(a.published === null) - Number(b.published === null) ||
        compareText(a.published ?? "", b.published ?? "") ||
        compareText(a.title, b.title),
    );
}

/** One footer line: outlet, title and date as precisely as known. */
export function sourceLine(article: ArticleSummary): string {
  const outlet = article.source ?? "Unknown outlet";
  return `${outlet} — ${article.title} (${article.published ?? "undated"})`;
}

/** Lower-case words joined by hyphens, accents folded, at most `max` characters: "Route: Pyongyang → Russia" -> "route-pyongyang-russia". */
export function slugify(text: string, max = 60): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug.slice(0, max).replace(/-+$/, "") || "graphbrief-view";
}

/** A file name that says what the picture is: `route-pyongyang-russia-2026-11-23.png`. */
export function exportFileName(subject: string, date: string, extension: "png" | "svg"): string {
  return `${slugify(subject)}-${date}.${extension}`;
}

/** The calendar day (UTC) of a moment, as the stamp and file names print it. */
export function isoDay(moment: Date): string {
  return moment.toISOString().slice(0, 10);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
