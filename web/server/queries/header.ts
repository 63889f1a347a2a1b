/**
 * Reads the header of a saved query file: `// key: value` lines at the top, then the Cypher.
 *
 *   // name: entity-neighbourhood          (must equal the file name)
 *   // title: Neighbourhood of an entity
 *   // description: Every entity within …
 *   // param entity: string = "Dandong"   (types: string, int, float, boolean; `int 1..3` bounds the value,
 *   // param depth: int 1..3 = 2           `string 1..80` the length; no `= default` makes it required)
 *   // view: graph                         (graph or table)
 *
 * Any problem is a QueryHeaderError naming the file and the line.
 */
import type {
  QueryParamSpec,
  QueryParamType,
  QueryParamValue,
  SavedQuery,
} from "../../shared/query-types.ts";
import { valueProblem } from "./params.ts";

export class QueryHeaderError extends Error {
  override name = "QueryHeaderError";

  constructor(
    readonly file: string,
    readonly line: number,
    readonly reason: string,
  ) {
    super(`${file}:${line}: ${reason}`);
  }
}

export const QUERY_NAME = /^[a-z0-9][a-z0-9-]{0,62}$/;
const HEADER_LINE = /^\/\/\s*(name|title|description|param|view)\b\s*(.*)$/;
const PARAM =
  /^([A-Za-z_][A-Za-z0-9_]*)\s*:\s*(string|int|float|boolean)(?:\s+(-?\d+(?:\.\d+)?)\.\.(-?\d+(?:\.\d+)?))?(?:\s*=\s*(.+))?$/;
const PARAM_USE = /\$([A-Za-z_][A-Za-z0-9_]*)/g;

type Fields = {
  name?: string;
  title?: string;
  description?: string;
  view?: string;
  lines: Record<string, number>;
};

/** Parses one file's text; `file` is its name (for messages and the name check). */
export function parseQueryFile(file: string, text: string): SavedQuery {
  const lines = text.split(/\r?\n/);
  const fields: Fields = { lines: {} };
  const params: QueryParamSpec[] = [];
  let index = 0;
  for (; index < lines.length; index++) {
    const line = (lines[index] ?? "").trim();
    if (!line.startsWith("//")) break;
    const lineNo = index + 1;
    const match = HEADER_LINE.exec(line);
    if (!match) {
      if (/^\/\/\s*$/.test(line)) continue;
      throw new QueryHeaderError(
        file,
        lineNo,
        `unknown header line "${line}"; expected name, title, description, param or view`,
      );
    }
    const [, key = "", rest = ""] = match;
    const value = rest.replace(/^:\s*/, "").trim();
    if (key === "param") params.push(parseParam(file, lineNo, value, params));
    else setField(fields, key as Exclude<keyof Fields, "lines">, value, file, lineNo);
  }
  const cypher = lines.slice(index).join("\n").trim();
  return checkQuery(file, { fields, params, cypher, headerEnd: index + 1 });
}

function setField(
  fields: Fields,
  key: Exclude<keyof Fields, "lines">,
  value: string,
  file: string,
  line: number,
) {
  if (fields[key] !== undefined) throw new QueryHeaderError(file, line, `"${key}" is given twice`);
  if (value === "") throw new QueryHeaderError(file, line, `"${key}" is empty`);
  fields[key] = value;
  fields.lines[key] = line;
}

function checkQuery(
  file: string,
  parts: { fields: Fields; params: QueryParamSpec[]; cypher: string; headerEnd: number },
): SavedQuery {
  const { fields, params, cypher, headerEnd } = parts;
  const expectedName = file.replace(/\.cypher$/, "");
  for (const key of ["name", "title", "view"] as const) {
    if (fields[key] === undefined) throw new QueryHeaderError(file, headerEnd, `the header has no "${key}"`);
  }
  if (fields.name !== expectedName) {
    throw new QueryHeaderError(
      file,
      1,
      `name "${fields.name}" does not match the file name "${expectedName}"`,
    );
  }
  if (fields.view !== "graph" && fields.view !== "table") {
    throw new QueryHeaderError(
      file,
      fields.lines.view ?? headerEnd,
      `view must be "graph" or "table", not "${fields.view}"`,
    );
  }
  if (cypher === "") throw new QueryHeaderError(file, headerEnd, "there is no Cypher below the header");
  const declared = new Set(params.map((param) => param.name));
  for (const [, used = ""] of cypher.matchAll(PARAM_USE)) {
    if (!declared.has(used))
      throw new QueryHeaderError(
        file,
        headerEnd,
        `the Cypher uses $${used}, which the header does not declare`,
      );
  }
  return {
    name: expectedName,
    title: fields.title ?? "",
    description: fields.description ?? "",
    params,
    view: fields.view,
    cypher,
  };
}

function parseParam(file: string, line: number, text: string, earlier: QueryParamSpec[]): QueryParamSpec {
  const match = PARAM.exec(text);
  if (!match) {
    throw new QueryHeaderError(
      file,
      line,
      `cannot read parameter "${text}"; expected e.g. "depth: int 1..3 = 2"`,
    );
  }
  const [, name = "", typeText = "", minText, maxText, defaultText] = match;
  const type = typeText as QueryParamType;
  if (earlier.some((param) => param.name === name))
    throw new QueryHeaderError(file, line, `parameter "${name}" is declared twice`);
  const spec: QueryParamSpec = { name, type };
  if (minText !== undefined && maxText !== undefined) {
    if (type === "boolean") throw new QueryHeaderError(file, line, `a boolean parameter cannot have bounds`);
    spec.min = Number(minText);
    spec.max = Number(maxText);
    if (spec.min > spec.max)
      throw new QueryHeaderError(file, line, `bounds ${minText}..${maxText} are reversed`);
  }
  if (defaultText !== undefined) spec.default = parseDefault(file, line, spec, defaultText.trim());
  return spec;
}

function parseDefault(file: string, line: number, spec: QueryParamSpec, text: string): QueryParamValue {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new QueryHeaderError(
      file,
      line,
      `default ${text} is not a JSON value (strings need double quotes)`,
    );
  }
  const problem = valueProblem(spec, value);
  if (problem) throw new QueryHeaderError(file, line, `default of "${spec.name}": ${problem}`);
  return value as QueryParamValue;
}
