/** Entity suggestions for what has been typed (names and aliases, typo-tolerant), cached per query text. */
import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import type { SearchResponse } from "../../../../shared/api-types.ts";
import { apiGet } from "../../../lib/api-client.ts";

export const searchQueryOptions = (q: string) =>
  queryOptions({
    queryKey: ["search", q],
    queryFn: ({ signal }) =>
      apiGet<SearchResponse>(`/api/search?${new URLSearchParams({ q, limit: "8" })}`, signal),
    staleTime: 60_000,
  });

export function useSearch(q: string) {
  const text = q.trim().slice(0, 200);
  return useQuery({
    ...searchQueryOptions(text),
    enabled: text.length > 0,
    placeholderData: keepPreviousData,
  });
}
