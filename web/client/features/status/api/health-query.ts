import { queryOptions, useQuery } from "@tanstack/react-query";
import type { HealthResponse } from "../../../../shared/api-types.ts";
import { apiGet } from "../../../lib/api-client.ts";

/** Polls the server's health: fast while the database is down, so the banner clears soon after it is back. */
export const healthQueryOptions = () =>
  queryOptions({
    queryKey: ["health"],
    queryFn: ({ signal }) => apiGet<HealthResponse>("/api/health", signal),
    retry: false,
    refetchInterval: (query) => (query.state.status === "error" ? 3_000 : 15_000),
    refetchIntervalInBackground: true,
  });

export const useHealth = () => useQuery(healthQueryOptions());
