/** Table results as CSV and JSON (files and the clipboard), and the text shown in a cell. */
import type { QueryResult } from "../../../shared/query-types.ts";
import { visibleText } from "../../../shared/visible-text.ts";

export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return visibleText(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return value.map(cellText).join(", ");
  const exact = value as { $integer?: unknown; $float?: unknown };
  if (typeof exact.$integer === "string") return exact.$integer;
  if (typeof exact.$float === "string") return exact.$float;
  const graphObject = value as { name?: unknown; type?: unknown; nodes?: unknown[] };
  if (typeof graphObject.name === "string") return graphObject.name;
  if (typeof graphObject.type === "string") return `:${graphObject.type}`;
  if (Array.isArray(graphObject.nodes)) return graphObject.nodes.map(cellText).join(" → ");
  return JSON.stringify(value);
}

/**
 * A cell a spreadsheet would read as a formula (= + - @, or a leading tab or carriage return) gets a leading
 * apostrophe, so that opening the file never runs text taken from an article.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function toCsv(result: Pick<QueryResult, "columns" | "rows">): string {
  const quote = (text: string) => (/[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);
  // Numbers stay numbers (a negative one is no formula); every text is neutralised.
  const cell = (value: unknown) =>
    typeof value === "number" ? String(value) : neutraliseFormula(cellText(value));
  const lines = [result.columns.map(neutraliseFormula), ...result.rows.map((row) => row.map(cell))];
  return lines.map((line) => line.map(quote).join(",")).join("\n");
}

export function toJson(result: Pick<QueryResult, "columns" | "rows">): string {
  const objects = result.rows.map((row) =>
    Object.fromEntries(result.columns.map((column, i) => [column, row[i]])),
  );
  return JSON.stringify(objects, null, 2);
}

/** Sorts rows by one column: numbers numerically, everything else as text. */
export function sortRows(rows: unknown[][], column: number, descending: boolean): unknown[][] {
  const sorted = [...rows].sort((a, b) => {
    const x = a[column];
    const y = b[column];
    if (typeof x === "number" && typeof y === "number") return x - y;
    return cellText(x).localeCompare(cellText(y));
  });
  return descending ? sorted.reverse() : sorted;
}
