/** The evidence behind one link, read from the details of the entity it starts at (cached like the details panel's). */
import { useQuery } from "@tanstack/react-query";
import type { EntityDetailsResponse, EntityLink } from "../../../../shared/api-types.ts";
import { apiGet } from "../../../lib/api-client.ts";

export function useLinkEvidence(link: { id: string; source: string } | null) {
  return useQuery({
    queryKey: ["entity", link?.source ?? ""],
    queryFn: ({ signal }) =>
      apiGet<EntityDetailsResponse>(`/api/entities/${encodeURIComponent(link?.source ?? "")}`, signal),
    enabled: link !== null,
    select: (details): EntityLink | null =>
      details.links.find((item) => item.key === link?.id && item.direction === "out") ??
      details.links.find((item) => item.key === link?.id) ??
      null,
  });
}
