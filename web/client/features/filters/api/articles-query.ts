/** The list of articles: their dates are the steps of the time slider. */
import { queryOptions, useQuery } from "@tanstack/react-query";
import type { ArticlesResponse } from "../../../../shared/api-types.ts";
import { apiGet } from "../../../lib/api-client.ts";

export const articlesQueryOptions = () =>
  queryOptions({
    queryKey: ["articles"],
    queryFn: ({ signal }) => apiGet<ArticlesResponse>("/api/articles", signal),
    staleTime: 60_000,
  });

export const useArticles = () => useQuery(articlesQueryOptions());
