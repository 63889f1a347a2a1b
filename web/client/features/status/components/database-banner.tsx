import { useHealth } from "../api/health-query.ts";
import { useRefetchWhenBack } from "../use-refetch-when-back.ts";

/**
 * Shown while the API or the database cannot be reached; it goes away by itself once health answers again, and
 * what failed meanwhile is fetched again.
 */
export function DatabaseBanner() {
  const health = useHealth();
  useRefetchWhenBack(health.isSuccess);
  if (!health.isError) return null;
  return (
    <div role="alert" className="banner banner-error">
      {health.error.message} Retrying every few seconds…
    </div>
  );
}
