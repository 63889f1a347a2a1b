/**
 * The saved-query library: GET /api/queries lists the built-in queries (`cypher/`) and the user's saved ones
 * with their parameters, POST /api/queries/:name/run runs one with validated parameters, POST /api/queries saves
 * a query file to the saved folder (checked read-only first; 403 for a built-in query's name, 409 when the name
 * is taken unless `overwrite` is true, and then the previous file is kept as a backup).
 */
import { Hono } from "hono";
import type { QueryParamSpec, QueryParamValue, SavedQuery } from "../../shared/query-types.ts";
import { requestDeadline } from "../deadline.ts";
import type { AppDeps } from "../deps.ts";
import { ApiError } from "../http-error.ts";
import { parseQueryFile, QueryHeaderError } from "../queries/header.ts";
import {
  findQuery,
  listLibrary,
  type QueryFolders,
  renderQueryFile,
  saveQueryFile,
} from "../queries/library.ts";
import { savedQueryParams } from "../queries/params.ts";
import { readBody, runQueryBody, saveQueryBody } from "../queries/request-body.ts";
import { queryRunner } from "./cypher.ts";

export function queryRoutes(deps: AppDeps) {
  const runner = queryRunner(deps);
  const folders: QueryFolders = { builtIn: deps.queriesDir, saved: deps.savedQueriesDir };
  return new Hono()
    .get("/", async (c) => {
      c.header("Cache-Control", "no-store");
      return c.json(await listLibrary(folders));
    })
    .post("/:name/run", async (c) => {
      const query = findQuery(folders, c.req.param("name"));
      const body = await readBody(c, runQueryBody);
      const params = savedQueryParams(query.params, body.params ?? {});
      return c.json(await runner.runSaved(query.cypher, params, requestDeadline(c)));
    })
    .post("/", async (c) => {
      const body = await readBody(c, saveQueryBody);
      const text = renderQueryFile(body);
      const query = parseSaved(body.name, text);
      await runner.check(query.cypher, explainParams(query));
      await saveQueryFile(folders, body, text);
      return c.json(query, body.overwrite ? 200 : 201);
    });
}

function parseSaved(name: string, text: string): SavedQuery {
  try {
    return parseQueryFile(`${name}.cypher`, text);
  } catch (error) {
    if (error instanceof QueryHeaderError) throw new ApiError(400, "invalid_query", error.reason);
    throw error;
  }
}

/** Values to plan with: the defaults, and a value of the right type for each required parameter. */
function explainParams(query: SavedQuery): Record<string, unknown> {
  const values = query.params.map((param) => [param.name, param.default ?? planningValue(param)]);
  return savedQueryParams(query.params, Object.fromEntries(values));
}

function planningValue(param: QueryParamSpec): QueryParamValue {
  if (param.type === "boolean") return false;
  if (param.type === "string") return "x".repeat(param.min ?? 0);
  return param.min ?? 0;
}
