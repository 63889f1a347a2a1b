import { queryOptions, useQuery } from "@tanstack/react-query";
import type { GraphResponse } from "../../../../shared/api-types.ts";
import { apiGet } from "../../../lib/api-client.ts";

export const overviewQueryOptions = () =>
  queryOptions({
    queryKey: ["overview"],
    queryFn: ({ signal }) => apiGet<GraphResponse>("/api/overview", signal),
  });

export const useOverview = () => useQuery(overviewQueryOptions());
