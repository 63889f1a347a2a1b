/** One entity with its links and the evidence behind each, for the details panel. */
import { queryOptions, useQuery } from "@tanstack/react-query";
import type { EntityDetailsResponse } from "../../../../shared/api-types.ts";
import { apiGet } from "../../../lib/api-client.ts";

export const entityQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ["entity", id],
    queryFn: ({ signal }) => apiGet<EntityDetailsResponse>(`/api/entities/${encodeURIComponent(id)}`, signal),
  });

export const useEntity = (id: string) => useQuery(entityQueryOptions(id));
