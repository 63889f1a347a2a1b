/** Neighbours of an entity (optionally of one relationship type), for expanding the canvas. */
import { queryOptions } from "@tanstack/react-query";
import type { NeighboursResponse } from "../../../../shared/api-types.ts";
import { apiGet } from "../../../lib/api-client.ts";

export const EXPAND_LIMIT = 50;

export const neighboursQueryOptions = (id: string, type?: string, limit = EXPAND_LIMIT) =>
  queryOptions({
    queryKey: ["neighbours", id, type ?? "", limit],
    queryFn: ({ signal }) => {
      const params = new URLSearchParams({ limit: String(limit) });
      if (type) params.set("types", type);
      return apiGet<NeighboursResponse>(
        `/api/entities/${encodeURIComponent(id)}/neighbours?${params}`,
        signal,
      );
    },
  });
