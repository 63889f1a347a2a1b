/**
 * A note on the selected entity or on one of its visible links; notes live in the URL view state, so they survive
 * reloading and sharing, and are drawn as callouts in the briefing picture.
 */
import type { Core } from "cytoscape";
import { useState } from "react";

interface NoteEditorProps {
  cy: Core | null;
  selected: string;
  notes: Record<string, string>;
  onNote(id: string, text: string): void;
}

export function NoteEditor({ cy, selected, notes, onNote }: NoteEditorProps) {
  const targets = noteTargets(cy, selected);
  const [target, setTarget] = useState(selected);
  const [text, setText] = useState(notes[selected] ?? "");
  const choose = (id: string) => {
    setTarget(id);
    setText(notes[id] ?? "");
  };
  return (
    <fieldset className="note-editor">
      <legend>Note</legend>
      <label>
        Attach to
        <select value={target} onChange={(event) => choose(event.target.value)}>
          {targets.map((item) => (
            <option key={item.id} value={item.id}>
              {item.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Note text
        <textarea rows={2} maxLength={200} value={text} onChange={(event) => setText(event.target.value)} />
      </label>
      <button type="button" onClick={() => onNote(target, text.trim())}>
        {text.trim() ? "Save note" : "Remove note"}
      </button>
    </fieldset>
  );
}

/** The selected node and its visible links, named for the picker. */
function noteTargets(cy: Core | null, selected: string): Array<{ id: string; label: string }> {
  const node = cy?.getElementById(selected);
  if (!cy || !node || node.empty()) return [{ id: selected, label: selected }];
  const name = (id: string) => String(cy.getElementById(id).data("name") ?? id);
  return [
    { id: selected, label: name(selected) },
    ...node.connectedEdges(":visible").map((edge) => ({
      id: edge.id(),
      label: `${name(edge.source().id())} → ${name(edge.target().id())} (${String(edge.data("label"))})`,
    })),
  ];
}
