/**
 * The Cypher editor (Neo4j's own CodeMirror editor): highlighting, completion of labels, relationship types
 * and property keys from the live graph, linting by the server (see cypher-lint.ts), Ctrl+Enter (or Cmd+Enter)
 * to run, and a failed run's error underlined at its position with the cursor put there once.
 */
import "@neo4j-cypher/codemirror/css/cypher-codemirror.css";
import { setDiagnostics } from "@codemirror/lint";
import type { EditorView } from "@codemirror/view";
import { CypherEditor as Editor } from "@neo4j-cypher/react-codemirror";
import { useQuery } from "@tanstack/react-query";
import { type KeyboardEvent, useEffect, useMemo, useRef } from "react";
import type { CypherPosition } from "../../../../shared/query-types.ts";
import { graphSchemaQueryOptions } from "../api/schema-query.ts";
import { problemRange, serverCypherLint } from "../cypher-lint.ts";

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
  /** The last run's error. The cursor moves to it once per error object, so keep it stable between renders. */
  error?: EditorError | null;
}

export function CypherEditor({ value, onChange, onRun, error }: CypherEditorProps) {
  const schema = useQuery(graphSchemaQueryOptions());
  const editor = useRef<EditorHandle | null>(null);
  // The editor reconfigures itself whenever this array changes identity: made once.
  const extensions = useMemo(() => [serverCypherLint()], []);
  const editorSchema = useMemo(() => schema.data && completionSchema(schema.data), [schema.data]);
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
        {...(editorSchema ? { schema: editorSchema } : {})}
        lineNumbers
        lint={false}
        // Fixed tooltips (completion, lint messages) are not clipped by the editor's scrolling box.
        tooltipAbsolute={false}
        postExtensions={extensions}
        placeholder="MATCH (e:Entity) RETURN e LIMIT 25"
      />
    </div>
  );
}

/** The editor support lists labels and relationship types with their colon, as they are typed. */
function completionSchema(schema: { labels: string[]; relationshipTypes: string[]; propertyKeys: string[] }) {
  return {
    labels: schema.labels.map((label) => `:${label}`),
    relationshipTypes: schema.relationshipTypes.map((type) => `:${type}`),
    propertyKeys: schema.propertyKeys,
  };
}

/** Underlines the word at the error's position and puts the cursor on it. */
function showError(view: EditorView, message: string, position: CypherPosition) {
  const { from, to } = problemRange(view.state.doc, position);
  view.dispatch(setDiagnostics(view.state, [{ from, to, severity: "error", message, source: "Neo4j" }]));
  view.dispatch({ selection: { anchor: from }, scrollIntoView: true });
  view.focus();
}
