/**
 * `npm run db`: the local Neo4j in the foreground, until Ctrl+C. Other graphbrief commands started meanwhile
 * (npm start, npm run load) find it and use it instead of starting their own.
 */
import { loadConfig } from "../config/env.ts";
import { makeDataDirPrivate } from "../config/private-data-dir.ts";
import { startLocalNeo4j } from "./local/server.ts";
import { superviseLocalNeo4j } from "./local/supervisor.ts";
import { claimSupervision, liveSupervisor } from "./local/supervisor-pid.ts";

const config = loadConfig();
if (config.neo4j.kind === "external") {
  console.error(`NEO4J_URI is set (${config.neo4j.uri}): there is no local Neo4j to run.`);
  process.exit(1);
}
try {
  const target = config.neo4j;
  makeDataDirPrivate(config.dataDir);
  const log = (line: string) => console.error(line);
  // Restarted after a crash or a hang, as the app does with the database it starts; other graphbrief processes
  // wait for it meanwhile (supervisor-pid.ts).
  const supervisor = liveSupervisor(target.home);
  if (supervisor !== undefined) {
    console.error(`Process ${supervisor} already runs and supervises the local Neo4j of ${target.home}.`);
    process.exit(1);
  }
  const release = claimSupervision(target.home);
  process.once("exit", release);
  const server = superviseLocalNeo4j(await startLocalNeo4j(target), () => startLocalNeo4j(target), {
    log,
    database: target.database,
  });
  console.log(`Neo4j is ready at ${server.uri} (user neo4j, password in ${config.neo4j.home}/password).`);
  console.log("Press Ctrl+C to stop it.");
  const stop = async () => {
    await server.stop();
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
