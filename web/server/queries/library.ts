/**
 * The saved-query library: the `.cypher` files of the built-in folder (shipped with graphbrief, never written
 * through the API) and of the saved folder (the user's), read on each request so a saved or edited file shows
 * at once. New files are written to the saved folder under a validated name; replacing one keeps the previous
 * file in `backups/` beside it.
 */
import { readFileSync } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import type { QueryListResponse, SavedQuery, SaveQueryRequest } from "../../shared/query-types.ts";
import { ApiError } from "../http-error.ts";
import { parseQueryFile, QUERY_NAME, QueryHeaderError } from "./header.ts";

/** Where queries are read from and saved to. */
export interface QueryFolders {
  /** Shipped queries: listed and run, never overwritten or deleted through the API. */
  builtIn: string;
  /** The user's saved queries (created on the first save). */
  saved: string;
}

const BACKUPS = "backups";

/** Every query of both folders, by file name; a saved file named like a built-in one is left out. */
export async function listLibrary(folders: QueryFolders): Promise<QueryListResponse> {
  const builtIn = await queryFiles(folders.builtIn);
  const saved = (await queryFiles(folders.saved)).filter((file) => !builtIn.includes(file));
  const files = [
    ...builtIn.map((file) => ({ file, dir: folders.builtIn })),
    ...saved.map((file) => ({ file, dir: folders.saved })),
  ].sort((a, b) => a.file.localeCompare(b.file));
  return await parseFiles(files);
}

/**
 * One query of either folder, the built-in one first. Read on every run, and synchronously: a query file is a few
 * hundred bytes in the page cache, read in microseconds, where the asynchronous access-open-stat-read-close went
 * through the thread pool five times and, on a busy machine, added milliseconds to every run.
 */
export function findQuery(folders: QueryFolders, name: string): SavedQuery {
  const builtIn = readQueryFile(folders.builtIn, name);
  if (builtIn) return parseLoaded(builtIn);
  const saved = readQueryFile(folders.saved, name);
  if (saved) return parseLoaded(saved);
  throw noSuchQuery(name);
}

export async function listQueries(dir: string): Promise<QueryListResponse> {
  return await parseFiles((await queryFiles(dir)).map((file) => ({ file, dir })));
}

async function queryFiles(dir: string): Promise<string[]> {
  try {
    return (await fs.readdir(dir)).filter((file) => file.endsWith(".cypher")).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
}

async function parseFiles(files: { file: string; dir: string }[]): Promise<QueryListResponse> {
  const body: QueryListResponse = { queries: [], problems: [] };
  for (const { file, dir } of files) {
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
  const loaded = readQueryFile(dir, name);
  if (!loaded) throw noSuchQuery(name);
  return parseLoaded(loaded);
}

/** The file of a query and its text, or undefined when there is no such file. */
function readQueryFile(dir: string, name: string): { file: string; text: string } | undefined {
  const file = queryFile(dir, name);
  try {
    return { file, text: readFileSync(file, "utf8") };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

function noSuchQuery(name: string): ApiError {
  return new ApiError(404, "query_not_found", `There is no saved query "${name}".`);
}

function parseLoaded({ file, text }: { file: string; text: string }): SavedQuery {
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

/**
 * Writes a query file to the saved folder: 403 for the name of a built-in query, 409 when a saved one of that
 * name exists and `overwrite` is not set. An overwrite copies the previous file to `backups/` first and then
 * replaces it in one rename, so the query is never missing or half-written.
 */
export async function saveQueryFile(
  folders: QueryFolders,
  query: SaveQueryRequest,
  text: string,
): Promise<void> {
  const file = queryFile(folders.saved, query.name);
  if (await isBuiltIn(folders, query.name)) {
    throw new ApiError(
      403,
      "query_built_in",
      `"${query.name}" is a built-in query and cannot be replaced; save yours under another name.`,
    );
  }
  await fs.mkdir(folders.saved, { recursive: true, mode: 0o700 });
  if (!query.overwrite) return await writeNew(file, query.name, text);
  await backUp(folders.saved, file, query.name);
  const staged = `${file}.${process.pid}.${Date.now()}.tmp`;
  await fs.writeFile(staged, text, { encoding: "utf8", mode: 0o600 });
  await fs.rename(staged, file);
}

async function writeNew(file: string, name: string, text: string): Promise<void> {
  try {
    await fs.writeFile(file, text, { encoding: "utf8", flag: "wx", mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") {
      throw new ApiError(
        409,
        "query_exists",
        `A saved query "${name}" already exists; choose another name or confirm to replace it.`,
      );
    }
    throw error;
  }
}

/** Copies the current file of a saved query to `backups/<name>.<UTC time>.cypher`; nothing if there is none. */
async function backUp(savedDir: string, file: string, name: string): Promise<void> {
  const backups = path.join(savedDir, BACKUPS);
  await fs.mkdir(backups, { recursive: true, mode: 0o700 });
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  try {
    await fs.copyFile(file, path.join(backups, `${name}.${stamp}.cypher`), fs.constants.COPYFILE_EXCL);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
}

async function isBuiltIn(folders: QueryFolders, name: string): Promise<boolean> {
  try {
    await fs.access(queryFile(folders.builtIn, name));
    return true;
  } catch (error) {
    if (error instanceof ApiError) throw error;
    return false;
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
