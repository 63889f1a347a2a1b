/** One result, as a graph or a table, with what the caps cut and how long it took. */
import type { QueryResult, QueryView } from "../../../../shared/query-types.ts";
import { ResultGraph } from "./result-graph.tsx";
import { ResultTable } from "./result-table.tsx";

interface ResultViewProps {
  result: QueryResult;
  /** The result of an earlier query, kept after the last run failed. */
  stale: boolean;
  graph: QueryResult["graph"];
  view: QueryView;
  onViewChange: (view: QueryView) => void;
  merge: boolean;
  onMergeChange: (merge: boolean) => void;
  /** The explorer's view of the saved query that gave this result, when it was one. */
  explorerHref?: string | undefined;
}

export function ResultView({
  result,
  stale,
  graph,
  view,
  onViewChange,
  merge,
  onMergeChange,
  explorerHref,
}: ResultViewProps) {
  return (
    <section
      className={stale ? "query-result query-result-stale" : "query-result"}
      aria-label={stale ? "Previous query result" : "Query result"}
    >
      {stale && (
        <p className="query-stale-note" role="note">
          Previous result, not an answer to the query that failed above. Run a query to replace it.
        </p>
      )}
      <div className="result-actions" role="tablist" aria-label="Result view">
        {(["graph", "table"] as const).map((option) => (
          <button
            key={option}
            type="button"
            role="tab"
            aria-selected={view === option}
            onClick={() => onViewChange(option)}
          >
            {option === "graph" ? "Graph" : "Table"}
          </button>
        ))}
        <label className="param-check">
          <input type="checkbox" checked={merge} onChange={(e) => onMergeChange(e.target.checked)} />
          Merge new results into the graph
        </label>
        <span className="result-meta">
          {result.rows.length} rows in {result.elapsedMs} ms
        </span>
      </div>
      {result.truncated && (
        <p className="query-warning" role="status">
          {result.truncated.message}
        </p>
      )}
      {view === "graph" ? (
        <ResultGraph graph={graph} explorerHref={merge ? undefined : explorerHref} />
      ) : (
        <ResultTable result={result} />
      )}
    </section>
  );
}
