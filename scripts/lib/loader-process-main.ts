/**
 * The loader process started by `runLoaderProcess`: reads a LoaderJob from stdin, loads, prints a LoaderOutcome
 * as one JSON line on stdout. Log lines go to stderr. Exit code 3 when the database cannot be reached (it may be
 * restarting), 2 on any other failure. It reaches the database as the job says and never starts one.
 */
import { loadArticles } from "../../graph-loader/load.ts";
import { connectNeo4j } from "../../neo4j/connection.ts";
import { isDatabaseUnavailable } from "../../web/server/neo4j/errors.ts";
import { DATABASE_UNAVAILABLE_EXIT, type LoaderJob, type LoaderOutcome } from "./loader-process.ts";

async function readJob(): Promise<LoaderJob> {
  let text = "";
  for await (const chunk of process.stdin) text += chunk;
  return JSON.parse(text) as LoaderJob;
}

async function main(): Promise<LoaderOutcome> {
  const job = await readJob();
  const connection = await connectNeo4j(job.target, { log: (line) => console.error(line) });
  try {
    if (job.onlyIfEmpty) {
      const { records } = await connection.driver.executeQuery(
        "MATCH (n) RETURN count(n) > 0 AS hasData",
        {},
        { database: connection.database },
      );
      if (records[0]?.get("hasData"))
        return { loaded: false, articles: 0, entities: 0, relations: 0, skipped: [] };
    }
    const result = await loadArticles(connection.driver, job.paths, { database: connection.database });
    const { articles, entities, relations } = result.written;
    const skipped = result.skipped.map((s) => ({ path: s.path, message: s.message }));
    return { loaded: true, articles, entities, relations, skipped };
  } finally {
    await connection.close();
  }
}

main().then(
  (outcome) => process.stdout.write(`${JSON.stringify(outcome)}\n`),
  (error: unknown) => {
    console.error(`loader: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = isDatabaseUnavailable(error) ? DATABASE_UNAVAILABLE_EXIT : 2;
  },
);
