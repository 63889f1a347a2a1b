/**
 * Linting by the server itself: the editor sends what is typed to `POST /api/cypher/lint`, where Neo4j plans it
 * (EXPLAIN, nothing runs) with its own Cypher version, and underlines what comes back. The editor package's own
 * parser knows an older Cypher and flags valid Cypher 5 (quantified paths, `CALL () {…}`), so it is not used.
 */
import { type Diagnostic, linter } from "@codemirror/lint";
import type { Extension, Text } from "@codemirror/state";
import type { CypherLintResponse, CypherPosition } from "../../../shared/query-types.ts";
import { apiPost } from "../../lib/api-client.ts";

/** Time after the last keystroke before the server is asked. */
const LINT_DELAY_MS = 500;

export function serverCypherLint(): Extension {
  return linter(
    async (view) => {
      const query = view.state.doc.toString();
      if (query.trim() === "") return [];
      let answer: CypherLintResponse;
      try {
        answer = await apiPost<CypherLintResponse>("/api/cypher/lint", { query });
      } catch {
        // The server cannot be reached or is busy: no underline rather than a false one (the banner says why).
        return [];
      }
      // The text may have changed while the server answered; CodeMirror drops diagnostics of an older text.
      return answer.problems.map((problem) => ({
        ...problemRange(view.state.doc, problem.position),
        severity: problem.code === "query_refused" ? "warning" : "error",
        message: problem.message,
        source: "Neo4j",
      }));
    },
    { delay: LINT_DELAY_MS },
  );
}

/** The word at a 1-based line and column (the whole query when the server gives no position). */
export function problemRange(
  doc: Text,
  position: CypherPosition | undefined,
): Pick<Diagnostic, "from" | "to"> {
  if (!position) return { from: 0, to: doc.length };
  const line = doc.line(Math.min(Math.max(position.line, 1), doc.lines));
  const from = Math.min(line.from + Math.max(position.column - 1, 0), line.to);
  const word = /^\S+/.exec(line.text.slice(from - line.from))?.[0] ?? "";
  const to = Math.max(from + word.length, Math.min(from + 1, doc.length));
  return { from, to };
}
