/**
 * Makes a database ready for the app: the schema, and the sample corpus when the database holds nothing yet.
 * When the database cannot be reached, it says so in one line and tries again in the background.
 */
import type { Neo4jConnection } from "../../neo4j/connection.ts";
import { applySchema } from "../../neo4j/schema.ts";
import { isDatabaseUnavailable } from "../../web/server/neo4j/errors.ts";
import { LoaderProcessError } from "./loader-process.ts";
import { loadSampleCorpusIfEmpty } from "./sample-corpus.ts";

export async function prepareDatabase(
  connection: Neo4jConnection,
  log: (line: string) => void,
  options: { resumeSampleLoad?: boolean } = {},
): Promise<void> {
  // Fails at once when the server is down, where a query would first retry for several seconds.
  await connection.driver.verifyConnectivity({ database: connection.database });
  await applySchema(connection.driver, connection.database);
  await loadSampleCorpusIfEmpty(connection, log, { resume: options.resumeSampleLoad ?? false });
}

/** The sample load stopped because the database went away (crashed, or restarted by its supervisor). */
function isSampleLoadCutOff(error: unknown): boolean {
  return error instanceof LoaderProcessError && error.databaseUnavailable;
}

/** Resolves true once prepared; on an unreachable database it logs and retries every `intervalMs`. */
export function prepareWhenReachable(
  connection: Neo4jConnection,
  log: (line: string) => void,
  intervalMs = 5_000,
): { ready: Promise<boolean>; cancel(): void } {
  let cancelled = false;
  let resumeSampleLoad = false;
  let timer: NodeJS.Timeout | undefined;
  const ready = new Promise<boolean>((resolve, reject) => {
    const attempt = async (first: boolean) => {
      if (cancelled) return resolve(false);
      try {
        await prepareDatabase(connection, log, { resumeSampleLoad });
        if (!first) log(`Neo4j at ${connection.uri} is reachable again.`);
        resolve(true);
      } catch (error) {
        if (isSampleLoadCutOff(error)) resumeSampleLoad = true;
        else if (!isDatabaseUnavailable(error)) return reject(error);
        if (first)
          log(
            `Neo4j at ${connection.uri} is unreachable; the app will keep retrying every ${intervalMs / 1000} s.`,
          );
        timer = setTimeout(() => attempt(false), intervalMs);
      }
    };
    void attempt(true);
  });
  return {
    ready,
    cancel() {
      cancelled = true;
      clearTimeout(timer);
    },
  };
}
