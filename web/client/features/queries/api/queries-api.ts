/**
 * The query library's server data: the list of saved queries (TanStack Query options), and the calls that run,
 * save and check Cypher. Errors keep the API's code and, for syntax errors, the position in the query.
 */
import { queryOptions } from "@tanstack/react-query";
import type { ApiErrorBody } from "../../../../shared/api-types.ts";
import type {
  CypherPosition,
  QueryListResponse,
  QueryResult,
  SavedQuery,
  SaveQueryRequest,
} from "../../../../shared/query-types.ts";
import { ApiRequestError, apiGet } from "../../../lib/api-client.ts";

export class QueryRequestError extends ApiRequestError {
  override name = "QueryRequestError";

  constructor(
    status: number,
    code: string,
    message: string,
    readonly position?: CypherPosition,
  ) {
    super(status, code, message);
  }
}

export const queryListQueryOptions = () =>
  queryOptions({
    queryKey: ["queries"],
    queryFn: ({ signal }) => apiGet<QueryListResponse>("/api/queries", signal),
  });

export function runSavedQuery(name: string, params: Record<string, unknown>): Promise<QueryResult> {
  return postJson<QueryResult>(`/api/queries/${encodeURIComponent(name)}/run`, { params });
}

export function runCypher(query: string, params: Record<string, unknown> = {}): Promise<QueryResult> {
  return postJson<QueryResult>("/api/cypher", { query, params });
}

export function saveQuery(request: SaveQueryRequest): Promise<SavedQuery> {
  return postJson<SavedQuery>("/api/queries", request);
}

async function postJson<T>(path: string, body: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify(body),
    });
  } catch {
    throw new QueryRequestError(0, "server_unreachable", "The graphbrief server cannot be reached.");
  }
  const json: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const error = (json as Partial<ApiErrorBody> | undefined)?.error as
      | (ApiErrorBody["error"] & { position?: CypherPosition })
      | undefined;
    throw new QueryRequestError(
      response.status,
      error?.code ?? "http_error",
      error?.message ?? `The server answered ${response.status}.`,
      error?.position,
    );
  }
  return json as T;
}
