/** Labels, relationship types and property keys of the live graph, for the editor's completion. */
import { queryOptions } from "@tanstack/react-query";
import { runSavedQuery } from "./queries-api.ts";

export interface GraphSchema {
  labels: string[];
  relationshipTypes: string[];
  propertyKeys: string[];
}

export const graphSchemaQueryOptions = () =>
  queryOptions({
    queryKey: ["queries", "schema"],
    queryFn: async (): Promise<GraphSchema> => {
      const result = await runSavedQuery("schema-summary", {});
      const [labels, relationshipTypes, propertyKeys] = (result.rows[0] ?? []) as string[][];
      return {
        labels: labels ?? [],
        relationshipTypes: relationshipTypes ?? [],
        propertyKeys: propertyKeys ?? [],
      };
    },
    staleTime: 60_000,
  });
