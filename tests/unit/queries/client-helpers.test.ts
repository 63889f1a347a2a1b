import { describe, expect, it } from "vitest";
import { readSharedQuery, typedValues } from "../../../web/client/features/queries/share-link.ts";
import { cellText, sortRows, toCsv, toJson } from "../../../web/client/features/queries/to-csv.ts";
import type { QueryParamSpec } from "../../../web/shared/query-types.ts";

describe("shared query links", () => {
  it("reads the query name and the parameter values from the hash", () => {
    expect(readSharedQuery("#query=worker-routes&country=Russia&limit=5")).toEqual({
      name: "worker-routes",
      values: { country: "Russia", limit: "5" },
    });
    expect(readSharedQuery("#other=1")).toBeNull();
  });

  it("types form values by the header and leaves empty numbers to their defaults", () => {
    const specs: QueryParamSpec[] = [
      { name: "country", type: "string" },
      { name: "depth", type: "int", default: 2 },
      { name: "strict", type: "boolean", default: false },
    ];
    expect(typedValues(specs, { country: "Russia", depth: "", strict: "true" })).toEqual({
      country: "Russia",
      strict: true,
    });
    expect(typedValues(specs, { country: "", depth: "3" })).toEqual({ country: "", depth: 3 });
  });
});

describe("table export", () => {
  const result = {
    columns: ["name", "count", "node"],
    rows: [
      ["Harbin, China", 2, { id: "1", name: "Harbin", labels: [], properties: {} }],
      ['Say "hi"', 10, null],
    ],
  };

  it("writes CSV with quoting and node names", () => {
    expect(toCsv(result)).toBe('name,count,node\n"Harbin, China",2,Harbin\n"Say ""hi""",10,');
  });

  it("neutralises cells a spreadsheet would run as formulas, and leaves numbers alone", () => {
    const hostile = {
      columns: ["=head", "value"],
      rows: [
        ['=HYPERLINK("http://x")', -3],
        ["+1", "@SUM(A1)"],
        ["-2+3", "\tcmd"],
        ["\rline", "plain"],
      ],
    };
    expect(toCsv(hostile).split("\n")).toEqual([
      "'=head,value",
      `"'=HYPERLINK(""http://x"")",-3`,
      "'+1,'@SUM(A1)",
      "'-2+3,'\tcmd",
      `"'\rline",plain`,
    ]);
  });

  it("shows bidi overrides and NUL in table cells and CSV instead of letting them act", () => {
    expect(cellText("Report\u202Egpj.exe\u0000")).toBe("Report[U+202E]gpj.exe\u2400");
    expect(toCsv({ columns: ["title"], rows: [["a\u2066b"]] })).toBe("title\na[U+2066]b");
  });

  it("writes JSON objects keyed by column", () => {
    expect(JSON.parse(toJson(result))[1]).toEqual({ name: 'Say "hi"', count: 10, node: null });
  });

  it("sorts numbers numerically and text alphabetically, either way", () => {
    expect(sortRows(result.rows, 1, true).map((row) => row[1])).toEqual([10, 2]);
    expect(sortRows(result.rows, 0, false).map((row) => row[1])).toEqual([2, 10]);
  });
});
