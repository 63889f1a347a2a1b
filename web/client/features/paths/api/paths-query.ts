/** Shortest paths between two entities. */
import { queryOptions, useQuery } from "@tanstack/react-query";
import type { PathsResponse } from "../../../../shared/api-types.ts";
import { apiGet } from "../../../lib/api-client.ts";

export const pathsQueryOptions = (from: string, to: string, max = 6) =>
  queryOptions({
    queryKey: ["paths", from, to, max],
    queryFn: ({ signal }) =>
      apiGet<PathsResponse>(`/api/paths?${new URLSearchParams({ from, to, max: String(max) })}`, signal),
  });

export function usePaths(from: string | null, to: string | null) {
  return useQuery({
    ...pathsQueryOptions(from ?? "", to ?? ""),
    enabled: Boolean(from && to && from !== to),
  });
}
