import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseQueryFile, QueryHeaderError } from "../../../web/server/queries/header.ts";

const QUERY_DIR = path.resolve(import.meta.dirname, "../../../cypher");

function file(lines: string[]): string {
  return lines.join("\n");
}

const VALID = [
  "// name: neighbours",
  "// title: Neighbours",
  "// description: Entities next to one",
  '// param entity: string = "Dandong"',
  "// param depth: int 1..3 = 2",
  "// param score: float 0..1",
  "// param strict: boolean = false",
  "// view: graph",
  "MATCH (e:Entity {name: $entity})-[*1..3]-(n) WHERE $strict OR $score >= 0 AND $depth > 0 RETURN n",
];

function headerError(text: string, name = "neighbours.cypher"): QueryHeaderError {
  try {
    parseQueryFile(name, text);
  } catch (error) {
    if (error instanceof QueryHeaderError) return error;
    throw error;
  }
  throw new Error("expected a QueryHeaderError");
}

describe("parseQueryFile", () => {
  it("reads name, title, description, typed parameters with bounds and defaults, view and Cypher", () => {
    const query = parseQueryFile("neighbours.cypher", file(VALID));
    expect(query).toMatchObject({ name: "neighbours", title: "Neighbours", view: "graph" });
    expect(query.description).toBe("Entities next to one");
    expect(query.params).toEqual([
      { name: "entity", type: "string", default: "Dandong" },
      { name: "depth", type: "int", min: 1, max: 3, default: 2 },
      { name: "score", type: "float", min: 0, max: 1 },
      { name: "strict", type: "boolean", default: false },
    ]);
    expect(query.cypher).toMatch(/^MATCH \(e:Entity/);
  });

  it.each([
    [4, "// param depth: int 1..3 = 7", /default of "depth"/],
    [4, "// param depth: integer = 2", /cannot read parameter/],
    [4, "// param depth: int 3..1", /reversed/],
    [4, "// param entity: string = Dandong", /not a JSON value/],
    [5, "// param entity: string", /declared twice/],
    [4, "// colour: blue", /unknown header line/],
    [3, "// title: Again", /"title" is given twice/],
  ])("reports a malformed line %i with the file and line number (%s)", (line, text, reason) => {
    const lines = [...VALID];
    lines.splice(line - 1, 0, text);
    const error = headerError(file(lines));
    expect(error.file).toBe("neighbours.cypher");
    expect(error.line).toBe(line);
    expect(error.reason).toMatch(reason);
    expect(error.message).toMatch(new RegExp(`^neighbours\\.cypher:${line}: `));
  });

  it("refuses a name that differs from the file name", () => {
    expect(headerError(file(VALID), "other.cypher").reason).toMatch(/does not match the file name "other"/);
  });

  it("refuses a missing view, an unknown view and an empty body", () => {
    expect(headerError(file(VALID.filter((line) => !line.includes("view")))).reason).toMatch(/no "view"/);
    const chart = headerError(file(VALID.map((line) => line.replace("view: graph", "view: chart"))));
    expect(chart.reason).toMatch(/graph" or "table/);
    expect(chart.line).toBe(8);
    expect(headerError(file(VALID.slice(0, -1))).reason).toMatch(/no Cypher/);
  });

  it("refuses Cypher that uses a parameter the header does not declare", () => {
    const lines = [...VALID.slice(0, -1), "MATCH (n) WHERE n.name = $entity RETURN n LIMIT $limit"];
    const error = headerError(file(lines));
    expect(error.reason).toMatch(/\$limit/);
    expect(error.line).toBe(9);
  });
});

describe("the saved queries in cypher/", () => {
  const files = fs.readdirSync(QUERY_DIR).filter((name) => name.endsWith(".cypher"));

  it("holds at least ten queries", () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
  });

  it.each(files)("%s has a valid header", (name) => {
    const query = parseQueryFile(name, fs.readFileSync(path.join(QUERY_DIR, name), "utf8"));
    expect(query.title.length).toBeGreaterThan(5);
    expect(query.description.length).toBeGreaterThan(20);
  });
});
