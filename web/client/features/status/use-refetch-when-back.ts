import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef } from "react";

/**
 * When health answers again after an outage, fetches again every query that failed meanwhile (the canvas, the
 * article list, an open entity), so the page recovers by itself instead of keeping their errors until a reload.
 */
export function useRefetchWhenBack(healthy: boolean): void {
  const queryClient = useQueryClient();
  const wasHealthy = useRef(healthy);
  useEffect(() => {
    if (healthy && !wasHealthy.current) {
      void queryClient.refetchQueries({ predicate: (query) => query.state.status === "error" });
    }
    wasHealthy.current = healthy;
  }, [healthy, queryClient]);
}
