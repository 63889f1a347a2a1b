/** Labels, relationship types and property keys of the live graph, for the editor's completion. */
import { queryOptions } from "@tanstack/react-query";
import type { GraphSchema } from "../../../../shared/query-types.ts";
import { apiGet } from "../../../lib/api-client.ts";

export const graphSchemaQueryOptions = () =>
  queryOptions({
    queryKey: ["queries", "schema"],
    queryFn: ({ signal }) => apiGet<GraphSchema>("/api/cypher/schema", signal),
    staleTime: 60_000,
  });
