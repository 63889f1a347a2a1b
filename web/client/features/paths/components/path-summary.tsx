/** What the path search found: each shortest path as a list of names in walking order. */
import type { PathsResponse } from "../../../../shared/api-types.ts";

export interface PathSummaryProps {
  state: { isPending: boolean; isError: boolean; error: Error | null; data: PathsResponse | undefined };
  onClear(): void;
}

export function PathSummary({ state, onClear }: PathSummaryProps) {
  if (state.isError)
    return (
      <p className="panel-note panel-error" role="alert">
        {state.error?.message}
      </p>
    );
  if (state.isPending || !state.data) return <p className="panel-note">Finding paths…</p>;
  const { paths, nodes, hops } = state.data;
  const names = new Map(nodes.map((node) => [node.id, node.name]));
  // Paths over different links (e.g. legs of different reported routes) can pass the same entities: list once.
  const walks = new Map<string, number>();
  for (const path of paths) {
    const walk = path.nodes.map((id) => names.get(id) ?? id).join(" → ");
    walks.set(walk, (walks.get(walk) ?? 0) + 1);
  }
  return (
    <div className="path-summary" aria-live="polite">
      {paths.length === 0 ? (
        <p className="panel-note">No path within the hop limit.</p>
      ) : (
        <>
          <p className="panel-note">
            {paths.length} shortest path{paths.length === 1 ? "" : "s"} of {hops} link{hops === 1 ? "" : "s"}:
          </p>
          <ol className="path-list" aria-label="Paths">
            {[...walks.entries()].map(([walk, count]) => (
              <li key={walk}>
                {walk}
                {count > 1 ? ` (${count} reported links)` : ""}
              </li>
            ))}
          </ol>
        </>
      )}
      <button type="button" onClick={onClear}>
        Clear path
      </button>
    </div>
  );
}
