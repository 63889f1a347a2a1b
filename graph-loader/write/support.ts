/**
 * A claim's support computed from the evidence of one load, exactly as the SET_SUPPORT Cypher computes it from
 * the database, so that the writer can skip the database round trip for claims no other article supports.
 */
import type { ArticleRow, EvidenceRow } from "./rows.ts";

export interface ClaimSupport {
  confidence: number;
  articles: string[];
  sourceCount: number;
  rules: string[];
  firstPublished: string | null;
}

export function claimSupport(evidence: EvidenceRow[], articles: Map<string, ArticleRow>): ClaimSupport {
  const ordered = [...evidence].sort(
    (a, b) => compare(a.article, b.article) || a.start - b.start || compare(a.id, b.id),
  );
  const articleIds = unique(ordered.map((row) => row.article));
  const known = articleIds.map((id) => articles.get(id));
  const published = known
    .map((article) => article?.published)
    .filter((date): date is string => Boolean(date));
  return {
    confidence: Math.max(...ordered.map((row) => row.confidence)),
    articles: articleIds,
    sourceCount: new Set(articleIds.map((id) => articles.get(id)?.source ?? `article:${id}`)).size,
    rules: unique(ordered.map((row) => row.rule)),
    firstPublished:
      published.length > 0 ? published.reduce((first, date) => (date < first ? date : first)) : null,
  };
}

/** Cypher's string order (by UTF-16 code units), not the locale's. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
