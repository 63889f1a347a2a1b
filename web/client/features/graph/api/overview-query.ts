/** The overview: the most connected entities and the links between them. */
import { queryOptions, useQuery } from "@tanstack/react-query";
import type { GraphResponse } from "../../../../shared/api-types.ts";
import { apiGet } from "../../../lib/api-client.ts";

/** The most connected entities, at most `limit` of them (the canvas's node cap). */
export const overviewQueryOptions = (limit: number) =>
  queryOptions({
    queryKey: ["overview", limit],
    queryFn: ({ signal }) => apiGet<GraphResponse>(`/api/overview?limit=${limit}`, signal),
  });

export const useOverview = (limit: number) => useQuery(overviewQueryOptions(limit));
