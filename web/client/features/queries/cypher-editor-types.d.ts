/**
 * The part of @neo4j-cypher/react-codemirror that graphbrief uses. The package ships typings, but its
 * package.json "exports" hides them from TypeScript's bundler resolution, so they are restated here.
 */
declare module "@neo4j-cypher/react-codemirror" {
  import type { ComponentType } from "react";

  export interface EditorSupportSchema {
    labels?: string[];
    relationshipTypes?: string[];
    propertyKeys?: string[];
  }

  export interface CypherEditorProps {
    value?: string;
    schema?: EditorSupportSchema;
    lineNumbers?: boolean;
    lint?: boolean;
    tooltipAbsolute?: boolean;
    placeholder?: string;
    className?: string;
    onValueChanged?: (value: string, changes?: unknown) => void;
    onEditorCreated?: (editor: unknown) => void;
    postExtensions?: import("@codemirror/state").Extension[];
  }

  export const CypherEditor: ComponentType<CypherEditorProps>;
}
