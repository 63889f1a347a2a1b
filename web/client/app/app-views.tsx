/**
 * The two views of the page, as tabs: the explorer and the queries. Both stay mounted once opened, so each keeps its state;
 * a shared query link (`#query=…`) opens on the queries tab.
 */
import { lazy, type ReactNode, Suspense, useState } from "react";
import "./app-views.css";
import { EntityParamInput } from "./entity-param-input.tsx";

// The Cypher editor is large: loaded the first time the queries tab opens.
const QueryWorkbench = lazy(async () => ({
  default: (await import("../features/queries/components/query-workbench.tsx")).QueryWorkbench,
}));

type View = "explore" | "queries";

export function AppViews({ explorer }: { explorer: ReactNode }) {
  const [view, setView] = useState<View>(() =>
    window.location.hash.startsWith("#query=") ? "queries" : "explore",
  );
  const [queriesOpened, setQueriesOpened] = useState(view === "queries");
  const show = (next: View) => {
    setView(next);
    if (next === "queries") setQueriesOpened(true);
    // A canvas drawn while hidden has no size; let it measure again.
    requestAnimationFrame(() => window.dispatchEvent(new Event("resize")));
  };
  return (
    <div className="app-views">
      <div className="app-tabs" role="tablist" aria-label="Views">
        <button type="button" role="tab" aria-selected={view === "explore"} onClick={() => show("explore")}>
          Explore
        </button>
        <button type="button" role="tab" aria-selected={view === "queries"} onClick={() => show("queries")}>
          Queries
        </button>
      </div>
      <div className="app-view" role="tabpanel" hidden={view !== "explore"}>
        {explorer}
      </div>
      <div className="app-view" role="tabpanel" hidden={view !== "queries"}>
        {queriesOpened && (
          <Suspense fallback={<p className="query-description">Loading the query editor…</p>}>
            <QueryWorkbench entityInput={EntityParamInput} />
          </Suspense>
        )}
      </div>
    </div>
  );
}
