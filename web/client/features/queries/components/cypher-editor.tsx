/**
 * The Cypher editor (Neo4j's own CodeMirror editor): highlighting, completion of labels, relationship types
 * and property keys from the live graph, Ctrl+Enter (or Cmd+Enter) to run, and the server's error underlined
 * at its position with the cursor put there.
 */
import { setDiagnostics } from "@codemirror/lint";
import type { EditorView } from "@codemirror/view";
import { CypherEditor as Editor } from "@neo4j-cypher/react-codemirror";
import { useQuery } from "@tanstack/react-query";
import { type KeyboardEvent, useEffect, useRef } from "react";
import type { CypherPosition } from "../../../../shared/query-types.ts";
import { graphSchemaQueryOptions } from "../api/schema-query.ts";

interface EditorHandle {
  codemirror: EditorView;
  focus(): void;
}

export interface EditorError {
  message: string;
  position?: CypherPosition | undefined;
}

interface CypherEditorProps {
  value: string;
  onChange: (value: string) => void;
  onRun: () => void;
  error?: EditorError | null;
}

export function CypherEditor({ value, onChange, onRun, error }: CypherEditorProps) {
  const schema = useQuery(graphSchemaQueryOptions());
  const editor = useRef<EditorHandle | null>(null);
  useEffect(() => {
    const view = editor.current?.codemirror;
    if (view && error?.position) showError(view, error.message, error.position);
  }, [error]);
  const keyDown = (event: KeyboardEvent) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      event.stopPropagation();
      onRun();
    }
  };
  return (
    <div className="cypher-editor" onKeyDownCapture={keyDown}>
      <Editor
        value={value}
        onValueChanged={(text: string) => onChange(text)}
        onEditorCreated={(created: unknown) => {
          editor.current = created as EditorHandle;
        }}
        {...(schema.data ? { schema: schema.data } : {})}
        lineNumbers
        lint
        placeholder="MATCH (e:Entity) RETURN e LIMIT 25"
      />
    </div>
  );
}

/** Underlines the word at a 1-based line and column and puts the cursor on it. */
function showError(view: EditorView, message: string, position: CypherPosition) {
  const doc = view.state.doc;
  const line = doc.line(Math.min(Math.max(position.line, 1), doc.lines));
  const from = Math.min(line.from + Math.max(position.column - 1, 0), line.to);
  const word = /^\S+/.exec(line.text.slice(from - line.from))?.[0] ?? "";
  const to = Math.max(from + word.length, Math.min(from + 1, doc.length));
  view.dispatch(setDiagnostics(view.state, [{ from, to, severity: "error", message, source: "Neo4j" }]));
  view.dispatch({ selection: { anchor: from }, scrollIntoView: true });
  view.focus();
}
