/** One article's full text with the offsets of every entity it mentions. */
import { queryOptions, useQuery } from "@tanstack/react-query";
import type { ArticleResponse } from "../../../../shared/api-types.ts";
import { apiGet } from "../../../lib/api-client.ts";

export const articleQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ["article", id],
    queryFn: ({ signal }) => apiGet<ArticleResponse>(`/api/articles/${encodeURIComponent(id)}`, signal),
    staleTime: 5 * 60_000,
  });

export const useArticle = (id: string) => useQuery(articleQueryOptions(id));
