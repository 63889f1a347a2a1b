/**
 * Running queries from the workbench: the last result, the graph shown (replaced, or merged with the previous
 * one), the preferred view and the last error (with its position for the editor). A result kept after a failed
 * run is `stale`: it answers an earlier query, not the one that failed.
 */
import { useCallback, useMemo, useState } from "react";
import type { QueryResult, QueryView } from "../../../shared/query-types.ts";
import { QueryRequestError } from "./api/queries-api.ts";
import { mergeGraphs } from "./components/result-graph.tsx";

const EMPTY: QueryResult["graph"] = { nodes: [], edges: [] };

export function useQueryRun() {
  const [result, setResult] = useState<QueryResult | null>(null);
  const [graph, setGraph] = useState(EMPTY);
  const [view, setView] = useState<QueryView>("graph");
  const [merge, setMerge] = useState(false);
  const [error, setError] = useState<QueryRequestError | Error | null>(null);
  const [running, setRunning] = useState(false);
  const [stale, setStale] = useState(false);

  const run = useCallback(
    async (call: () => Promise<QueryResult>, preferred: QueryView) => {
      setRunning(true);
      setError(null);
      try {
        const next = await call();
        setResult(next);
        setStale(false);
        setGraph((current) => (merge ? mergeGraphs(current, next.graph) : next.graph));
        setView(next.graph.nodes.length === 0 ? "table" : preferred);
      } catch (caught) {
        setError(caught instanceof Error ? caught : new Error(String(caught)));
        setStale(true);
      } finally {
        setRunning(false);
      }
    },
    [merge],
  );
  const position = error instanceof QueryRequestError ? error.position : undefined;
  // One object per error, so that the editor moves its cursor to the error once, not on every render.
  const editorError = useMemo(() => error && { message: error.message, position }, [error, position]);
  return { result, stale, graph, view, setView, merge, setMerge, error, editorError, running, run };
}
