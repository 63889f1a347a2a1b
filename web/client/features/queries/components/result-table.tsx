/** Results as a table: click a heading to sort, download or copy everything as CSV or JSON. */
import { useMemo, useState } from "react";
import type { QueryResult } from "../../../../shared/query-types.ts";
import { cellText, sortRows, toCsv, toJson } from "../to-csv.ts";

export function ResultTable({ result }: { result: QueryResult }) {
  const [sort, setSort] = useState<{ column: number; descending: boolean } | null>(null);
  const [copied, setCopied] = useState<string | null>(null);
  const rows = useMemo(
    () => (sort ? sortRows(result.rows, sort.column, sort.descending) : result.rows),
    [result.rows, sort],
  );
  const copy = async (format: "CSV" | "JSON") => {
    await navigator.clipboard.writeText(
      format === "CSV" ? toCsv({ ...result, rows }) : toJson({ ...result, rows }),
    );
    setCopied(format);
  };
  const download = (format: "CSV" | "JSON") => {
    const sorted = { ...result, rows };
    const text = format === "CSV" ? toCsv(sorted) : toJson(sorted);
    const type = format === "CSV" ? "text/csv;charset=utf-8" : "application/json";
    const link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([text], { type }));
    link.download = `query-result.${format.toLowerCase()}`;
    link.click();
    // The download has taken the data once click() returns; the next task frees it.
    setTimeout(() => URL.revokeObjectURL(link.href), 0);
  };
  const toggle = (column: number) =>
    setSort((current) => ({ column, descending: current?.column === column ? !current.descending : false }));
  return (
    <div className="result-table">
      <div className="result-actions">
        <button type="button" onClick={() => download("CSV")}>
          Download CSV
        </button>
        <button type="button" onClick={() => download("JSON")}>
          Download JSON
        </button>
        <button type="button" onClick={() => void copy("CSV")}>
          Copy as CSV
        </button>
        <button type="button" onClick={() => void copy("JSON")}>
          Copy as JSON
        </button>
        {copied && <span role="status">Copied as {copied}</span>}
      </div>
      <table>
        <thead>
          <tr>
            {result.columns.map((column, index) => (
              <th key={column} aria-sort={ariaSort(sort, index)}>
                <button type="button" onClick={() => toggle(index)}>
                  {column}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, rowIndex) => (
            // Rows have no identity of their own; their position in the sorted result is it.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <tr key={rowIndex}>
              {row.map((value, index) => (
                <td key={result.columns[index]}>{cellText(value)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ariaSort(sort: { column: number; descending: boolean } | null, index: number) {
  if (sort?.column !== index) return "none";
  return sort.descending ? "descending" : "ascending";
}
