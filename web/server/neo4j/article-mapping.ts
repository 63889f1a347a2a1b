/**
 * Articles as the API returns them: the Cypher projection of their summary and its mapping to JSON, with a
 * publication date kept as precisely (or as unknown) as the loader stored it.
 */
import type { ArticleSummary, DatePrecision } from "../../shared/api-types.ts";
import { visibleText } from "../../shared/visible-text.ts";

const PRECISIONS = new Set<DatePrecision>(["day", "month", "year", "unknown"]);

/** Cypher map projection of an article's summary bound to `variable` (a fixed name in our own queries). */
export function articleProjection(variable: string): string {
  return `{id: ${variable}.id, title: ${variable}.title, source: ${variable}.source,
    published: ${variable}.published, precision: ${variable}.precision}`;
}

export function toArticleSummary(row: Partial<Record<keyof ArticleSummary, unknown>>): ArticleSummary {
  const precision = row.precision as DatePrecision;
  const published = typeof row.published === "string" ? row.published : null;
  return {
    id: String(row.id),
    title: typeof row.title === "string" ? visibleText(row.title) : String(row.id),
    source: typeof row.source === "string" ? row.source : null,
    published,
    precision: published !== null && PRECISIONS.has(precision) ? precision : "unknown",
  };
}
