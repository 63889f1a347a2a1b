/**
 * Which drawn elements the filters hide: entity types, relationship types, a minimum number of independent
 * sources, a minimum confidence of claims, source articles, and time (links first reported in the window
 * `since`–`until`, a date as precise as known counting when its span overlaps the window; links from undated
 * articles only when asked). Co-mentions have their own switch (they are never claims), which the confidence
 * filter leaves alone.
 */
export interface GraphFilters {
  hiddenTypes: string[];
  hiddenRelations: string[];
  hiddenArticles: string[];
  minSources: number;
  minConfidence: number;
  /** First month shown ("YYYY-MM"); null from the beginning. */
  since?: string | null;
  until: string | null;
  showUndated: boolean;
}

export type EdgeKind = "claim" | "co-mention";

export interface FilterableEdge {
  type: string;
  kind: EdgeKind;
  /** The best confidence of the evidence; null when unknown. */
  confidence: number | null;
  sourceCount: number;
  firstPublished: string | null;
  articles: string[];
}

export function isNodeShown(type: string, filters: GraphFilters): boolean {
  return !filters.hiddenTypes.includes(type);
}

export function isEdgeShown(edge: FilterableEdge, filters: GraphFilters): boolean {
  if (filters.hiddenRelations.includes(edge.type)) return false;
  if (edge.sourceCount < filters.minSources) return false;
  if (edge.kind === "claim" && edge.confidence !== null && edge.confidence < filters.minConfidence)
    return false;
  if (edge.articles.length > 0 && edge.articles.every((id) => filters.hiddenArticles.includes(id)))
    return false;
  if (edge.firstPublished === null) return filters.showUndated;
  // ISO prefixes of different precision compare by their common part: "2023-10" is not after "2023-10-05".
  if (filters.until !== null && edge.firstPublished.slice(0, filters.until.length) > filters.until)
    return false;
  // "~" sorts after every digit and "-": a date's span ends after every prefix it starts with ("2020~" > "2020-05").
  return !filters.since || `${edge.firstPublished}~` >= filters.since;
}
