/** Saves the editor's Cypher as a new library query; asks before replacing one of the same name. */
import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import type { QueryView } from "../../../../shared/query-types.ts";
import { QueryRequestError, queryListQueryOptions, saveQuery } from "../api/queries-api.ts";

export function SaveQueryForm({ cypher, onClose }: { cypher: string; onClose: () => void }) {
  const client = useQueryClient();
  const [name, setName] = useState("");
  const [title, setTitle] = useState("");
  const [description, setDescription] = useState("");
  const [view, setView] = useState<QueryView>("table");
  const [message, setMessage] = useState<string | null>(null);
  const [confirmReplace, setConfirmReplace] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await saveQuery({ name, title, description, view, cypher, overwrite: confirmReplace });
      await client.invalidateQueries(queryListQueryOptions());
      setMessage(`Saved as ${name}`);
      setConfirmReplace(false);
    } catch (error) {
      const exists = error instanceof QueryRequestError && error.code === "query_exists";
      setConfirmReplace(exists);
      setMessage(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <form className="save-query" aria-label="Save query" onSubmit={submit}>
      <label className="param-field">
        <span>Name (a-z, 0-9, -)</span>
        <input
          value={name}
          required
          pattern="[a-z0-9][a-z0-9\-]{0,62}"
          onChange={(e) => setName(e.target.value)}
        />
      </label>
      <label className="param-field">
        <span>Title</span>
        <input value={title} required onChange={(e) => setTitle(e.target.value)} />
      </label>
      <label className="param-field">
        <span>Description</span>
        <input value={description} onChange={(e) => setDescription(e.target.value)} />
      </label>
      <label className="param-field">
        <span>View</span>
        <select value={view} onChange={(e) => setView(e.target.value as QueryView)}>
          <option value="table">table</option>
          <option value="graph">graph</option>
        </select>
      </label>
      <div className="result-actions">
        <button type="submit">{confirmReplace ? "Replace the existing query" : "Save"}</button>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      {message && <p role="status">{message}</p>}
    </form>
  );
}
