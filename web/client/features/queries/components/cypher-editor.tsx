/**
 * The Cypher editor (Neo4j's own CodeMirror editor): highlighting, completion of labels, relationship types
 * and property keys from the live graph, Ctrl+Enter (or Cmd+Enter) to run, the cursor put on an error's position.
 */
import { CypherEditor as Editor } from "@neo4j-cypher/react-codemirror";
import { useQuery } from "@tanstack/react-query";
import { type KeyboardEvent, useEffect, useRef } from "react";
import type { CypherPosition } from "../../../../shared/query-types.ts";
import { graphSchemaQueryOptions } from "../api/schema-query.ts";

interface EditorHandle {
  setPosition(position: { line: number; column: number }, scrollIntoView?: boolean): void;
  focus(): void;
}

interface CypherEditorProps {
  value: string;
  onChange: (value: string) => void;
  onRun: () => void;
  errorPosition?: CypherPosition | undefined;
}

export function CypherEditor({ value, onChange, onRun, errorPosition }: CypherEditorProps) {
  const schema = useQuery(graphSchemaQueryOptions());
  const editor = useRef<EditorHandle | null>(null);
  useEffect(() => {
    // The editor's columns are 0-based; Neo4j's are 1-based.
    if (errorPosition) {
      editor.current?.setPosition({ line: errorPosition.line, column: errorPosition.column - 1 }, true);
      editor.current?.focus();
    }
  }, [errorPosition]);
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
