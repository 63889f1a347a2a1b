/**
 * What the API benchmark asks for: a search, an entity's neighbours, a saved query and a shortest path, each as
 * the HTTP request sent to the app and the Cypher statements the app runs for it. The statements are recorded
 * from the app's own route modules and saved-query file (never copied here), so that the bare server runs
 * exactly the same Cypher.
 */
import os from "node:os";
import path from "node:path";
import type { Driver, RecordShape } from "neo4j-driver";
import { QUERIES_DIR } from "../../../scripts/lib/queries-dir.ts";
import { createApi } from "../../../web/server/app.ts";
import { createReader, type Reader } from "../../../web/server/neo4j/reader.ts";
import { loadQuery } from "../../../web/server/queries/library.ts";
import { savedQueryParams } from "../../../web/server/queries/params.ts";

export interface Statement {
  cypher: string;
  params: Record<string, unknown>;
}

export interface Scenario {
  name: string;
  method: "GET" | "POST";
  /** Path on the app, e.g. /api/search?q=…; the bare server answers on /<name>. */
  path: string;
  body?: string;
  statements: Statement[];
}

/** The saved query the benchmark runs: no required parameters, a graph-shaped answer. */
export const SAVED_QUERY = "worker-dispatch";

const DATABASE = "neo4j";
/** The app's default cap on nodes per answer (scripts/lib/run-app.ts). */
const MAX_NODES = 2000;

export interface ScenarioTargets {
  /** A name to search for. */
  search: string;
  /** The entity whose neighbours are expanded. */
  hub: string;
  /** Two entities to link by a shortest path. */
  from: string;
  to: string;
}

/** Targets on the loaded graph: the most linked entity, and the most linked person's name and path to it. */
export async function chooseTargets(driver: Driver): Promise<ScenarioTargets> {
  const { records } = await driver.executeQuery(
    `MATCH (hub:Entity)-[link]-(:Entity) WITH hub, count(link) AS links ORDER BY links DESC, hub.id LIMIT 1
     MATCH (person:Person)-[link]-(:Entity) WITH hub, person, count(link) AS links ORDER BY links DESC, person.id
     LIMIT 1
     RETURN hub.id AS hub, person.id AS person, person.name AS name`,
    {},
    { database: DATABASE },
  );
  const record = records[0];
  if (!record) throw new Error("The benchmark graph has no linked person: load the synthetic corpus first.");
  return {
    search: record.get("name"),
    hub: record.get("hub"),
    from: record.get("person"),
    to: record.get("hub"),
  };
}

export async function recordScenarios(driver: Driver, targets: ScenarioTargets): Promise<Scenario[]> {
  const { reader, take } = recordingReader(createReader(driver, { database: DATABASE }));
  const api = createApi({
    reader,
    database: DATABASE,
    maxNodes: MAX_NODES,
    driver,
    queriesDir: QUERIES_DIR,
    savedQueriesDir: path.join(os.tmpdir(), "graphbrief-bench-saved-queries"),
  });
  const gets = {
    search: `/api/search?q=${encodeURIComponent(targets.search)}`,
    neighbours: `/api/entities/${encodeURIComponent(targets.hub)}/neighbours`,
    path: `/api/paths?${new URLSearchParams({ from: targets.from, to: targets.to })}`,
  };
  const scenarios: Scenario[] = [];
  for (const [name, path] of Object.entries(gets)) {
    const response = await api.request(path.replace(/^\/api/, ""));
    if (response.status !== 200)
      throw new Error(`${path} answered ${response.status}: ${await response.text()}`);
    scenarios.push({ name, method: "GET", path, statements: take() });
  }
  scenarios.push(await savedQueryScenario());
  return scenarios;
}

/** The saved query as the app runs it: the file's Cypher with its default parameters. */
async function savedQueryScenario(): Promise<Scenario> {
  const query = await loadQuery(QUERIES_DIR, SAVED_QUERY);
  return {
    name: "saved-query",
    method: "POST",
    path: `/api/queries/${SAVED_QUERY}/run`,
    body: JSON.stringify({ params: {} }),
    statements: [{ cypher: query.cypher, params: savedQueryParams(query.params, {}) }],
  };
}

function recordingReader(inner: Reader): { reader: Reader; take(): Statement[] } {
  let recorded: Statement[] = [];
  return {
    reader: {
      read<T extends RecordShape>(cypher: string, params: Record<string, unknown> = {}) {
        recorded.push({ cypher, params });
        return inner.read<T>(cypher, params);
      },
    },
    take() {
      const taken = recorded;
      recorded = [];
      return taken;
    },
  };
}
