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

/** Just the name of an entity (from the same cached details), e.g. for a box that shows what was chosen. */
export const useEntityName = (id: string | null) =>
  useQuery({ ...entityQueryOptions(id ?? ""), enabled: id !== null, select: (data) => data.entity.name });
