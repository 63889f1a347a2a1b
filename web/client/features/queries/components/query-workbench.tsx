/**
 * The queries view: the saved-query library with a form per query, the Cypher editor with its history and a
 * save form, and the result as a graph or a table. A link `#query=<name>&<param>=…` opens and runs a query.
 */
import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import type { SavedQuery } from "../../../../shared/query-types.ts";
import { parseViewState, serializeViewState } from "../../../lib/view-state.ts";
import { queryListQueryOptions, runCypher, runSavedQuery } from "../api/queries-api.ts";
import { defaultValues, readSharedQuery, shareLink, typedValues } from "../share-link.ts";
import { useQueryHistory } from "../use-query-history.ts";
import { useQueryRun } from "../use-query-run.ts";
import { CypherEditor } from "./cypher-editor.tsx";
import { type EntityInput, ParamForm } from "./param-form.tsx";
import { QueryLibrary } from "./query-library.tsx";
import { ResultView } from "./result-view.tsx";
import { SaveQueryForm } from "./save-query-form.tsx";
import "../queries.css";

export function QueryWorkbench({ entityInput }: { entityInput?: EntityInput }) {
  const list = useQuery(queryListQueryOptions());
  const [selected, setSelected] = useState<SavedQuery | null>(null);
  const [values, setValues] = useState<Record<string, string>>({});
  const [cypher, setCypher] = useState("MATCH (e:Entity) RETURN e LIMIT 25");
  const [saving, setSaving] = useState(false);
  const { history, remember } = useQueryHistory();
  const runner = useQueryRun();

  // The saved query behind the result, for its "Open in explorer" link (none for typed Cypher).
  const [explorerHref, setExplorerHref] = useState<string>();
  const runSelected = (query: SavedQuery, given: Record<string, string>) => {
    setExplorerHref(explorerLink(query.name, given));
    void runner.run(() => runSavedQuery(query.name, typedValues(query.params, given)), query.view);
  };
  const runEditor = () => {
    setExplorerHref(undefined);
    remember(cypher);
    void runner.run(() => runCypher(cypher), "graph");
  };
  const select = (query: SavedQuery, given = defaultValues(query.params)) => {
    setSelected(query);
    setValues(given);
    setCypher(query.cypher);
  };

  // Open a shared link once, when the library has loaded.
  const queries = list.data?.queries;
  const sharedOpened = useRef(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the library loads, not per render
  useEffect(() => {
    const shared = readSharedQuery(window.location.hash);
    const query = queries?.find((item) => item.name === shared?.name);
    if (!shared || !query || sharedOpened.current) return;
    sharedOpened.current = true;
    const given = { ...defaultValues(query.params), ...shared.values };
    select(query, given);
    runSelected(query, given);
  }, [queries]);

  return (
    <div className="query-workbench">
      <aside className="sidebar">
        <QueryLibrary selected={selected?.name ?? null} onSelect={(query) => select(query)} />
        {selected && (
          <section className="query-form" aria-label={`Parameters of ${selected.title}`}>
            <h3 className="panel-title">{selected.title}</h3>
            <p className="query-description">{selected.description}</p>
            <ParamForm
              specs={selected.params}
              values={values}
              onChange={setValues}
              onRun={() => runSelected(selected, values)}
              running={runner.running}
              entityInput={entityInput}
            />
            <a href={shareLink(selected.name, values)}>Link to this query</a>
          </section>
        )}
      </aside>
      <div className="query-main">
        <CypherEditor value={cypher} onChange={setCypher} onRun={runEditor} error={runner.editorError} />
        <div className="result-actions">
          <button type="button" onClick={runEditor} disabled={runner.running}>
            Run Cypher (Ctrl+Enter)
          </button>
          <button type="button" onClick={() => setSaving(true)}>
            Save as query…
          </button>
          <select
            aria-label="Recent queries"
            value=""
            onChange={(e) => e.target.value && setCypher(e.target.value)}
          >
            <option value="">Recent queries…</option>
            {history.map((item) => (
              <option key={item} value={item}>
                {item.slice(0, 80)}
              </option>
            ))}
          </select>
        </div>
        {saving && <SaveQueryForm cypher={cypher} onClose={() => setSaving(false)} />}
        {runner.error && (
          <p className="query-error" role="alert">
            {runner.error.message}
          </p>
        )}
        {runner.result && (
          <ResultView
            result={runner.result}
            stale={runner.stale}
            graph={runner.graph}
            view={runner.view}
            onViewChange={runner.setView}
            merge={runner.merge}
            onMergeChange={runner.setMerge}
            explorerHref={explorerHref}
          />
        )}
      </div>
    </div>
  );
}

/** The explorer showing a saved query's result as its graph (`?q=<name>&qp.<param>=<value>`). */
function explorerLink(name: string, values: Record<string, string>): string {
  const queryParams = Object.fromEntries(Object.entries(values).filter(([, value]) => value !== ""));
  return `/${serializeViewState({ ...parseViewState(""), query: name, queryParams })}`;
}
