/**
 * The saved-query library: the `.cypher` files of one folder, read on each request (so a saved or edited file
 * shows at once), and new files written there under a validated name.
 */
import fs from "node:fs/promises";
import path from "node:path";
import type { QueryListResponse, SavedQuery, SaveQueryRequest } from "../../shared/query-types.ts";
import { ApiError } from "../http-error.ts";
import { parseQueryFile, QUERY_NAME, QueryHeaderError } from "./header.ts";

export async function listQueries(dir: string): Promise<QueryListResponse> {
  const files = (await fs.readdir(dir)).filter((file) => file.endsWith(".cypher")).sort();
  const body: QueryListResponse = { queries: [], problems: [] };
  for (const file of files) {
    try {
      body.queries.push(parseQueryFile(file, await fs.readFile(path.join(dir, file), "utf8")));
    } catch (error) {
      if (!(error instanceof QueryHeaderError)) throw error;
      body.problems.push({ file: error.file, line: error.line, message: error.reason });
    }
  }
  return body;
}

export async function loadQuery(dir: string, name: string): Promise<SavedQuery> {
  const file = queryFile(dir, name);
  let text: string;
  try {
    text = await fs.readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") {
      throw new ApiError(404, "query_not_found", `There is no saved query "${name}".`);
    }
    throw error;
  }
  try {
    return parseQueryFile(path.basename(file), text);
  } catch (error) {
    if (error instanceof QueryHeaderError) {
      throw new ApiError(422, "query_file_invalid", `The saved query is malformed: ${error.message}`);
    }
    throw error;
  }
}

/** The file's text for a query to save: the header, then the Cypher. */
export function renderQueryFile(query: SaveQueryRequest): string {
  const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();
  const lines = [
    `// name: ${query.name}`,
    `// title: ${oneLine(query.title)}`,
    ...(query.description?.trim() ? [`// description: ${oneLine(query.description)}`] : []),
    ...(query.params ?? []).map((param) => {
      const bounds = param.min !== undefined && param.max !== undefined ? ` ${param.min}..${param.max}` : "";
      const fallback = param.default !== undefined ? ` = ${JSON.stringify(param.default)}` : "";
      return `// param ${param.name}: ${param.type}${bounds}${fallback}`;
    }),
    `// view: ${query.view}`,
  ];
  return `${lines.join("\n")}\n${query.cypher.trim()}\n`;
}

/** Writes a new query file; 409 when one of that name exists and `overwrite` is not set. */
export async function saveQueryFile(dir: string, query: SaveQueryRequest, text: string): Promise<void> {
  const file = queryFile(dir, query.name);
  try {
    await fs.writeFile(file, text, { encoding: "utf8", flag: query.overwrite ? "w" : "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") {
      throw new ApiError(
        409,
        "query_exists",
        `A saved query "${query.name}" already exists; choose another name or confirm to replace it.`,
      );
    }
    throw error;
  }
}

/** The path of a query's file; the name pattern keeps it inside `dir` (no separators, no dots). */
function queryFile(dir: string, name: string): string {
  if (!QUERY_NAME.test(name)) {
    throw new ApiError(
      400,
      "invalid_query_name",
      `"${name}" is not a valid query name: use lower-case letters, digits and hyphens (up to 63), starting with a letter or digit.`,
    );
  }
  const root = path.resolve(dir);
  const file = path.resolve(root, `${name}.cypher`);
  if (path.dirname(file) !== root)
    throw new ApiError(400, "invalid_query_name", `"${name}" leaves the query folder.`);
  return file;
}
