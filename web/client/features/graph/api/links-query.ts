/**
 * Every relation among the entities on the canvas (POST /api/links), so that links are drawn between whatever
 * is shown, however each entity got there. The ids are sorted into the key: the same set is one cached answer.
 */
import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import type { LinksAmongRequest, LinksAmongResponse } from "../../../../shared/api-types.ts";
import { apiPost } from "../../../lib/api-client.ts";

export const linksAmongQueryOptions = (ids: readonly string[], coMentions: boolean) => {
  const sorted = [...new Set(ids)].sort();
  return queryOptions({
    queryKey: ["links-among", coMentions, sorted],
    queryFn: ({ signal }) =>
      apiPost<LinksAmongResponse>(
        "/api/links",
        { ids: sorted, coMentions } satisfies LinksAmongRequest,
        signal,
      ),
    enabled: sorted.length > 1,
    // While the links of a new set of entities load, the last answer's links stay drawn (merging keeps only
    // those whose ends are still shown).
    placeholderData: keepPreviousData,
  });
};
