/**
 * The API benchmark's baseline: a minimal node:http server that answers each scenario by running its Cypher
 * statements with neo4j-driver (READ routing, the app's driver settings) and sending the records as JSON, with
 * none of the app's validation, mapping or error handling. Run as its own process by api.bench.ts; prints
 * {"url"} when listening. Env: GRAPHBRIEF_BENCH_SCENARIOS (file), NEO4J_URI/USER/PASSWORD, PORT.
 */
import http from "node:http";
import neo4j from "neo4j-driver";
import { readScenarioFile } from "./scenario-file.ts";
import type { Scenario } from "./scenarios.ts";

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`bare-server: ${name} is not set`);
  return value;
};

const scenarios = new Map(
  readScenarioFile(env("GRAPHBRIEF_BENCH_SCENARIOS")).map((scenario) => [`/${scenario.name}`, scenario]),
);
const driver = neo4j.driver(env("NEO4J_URI"), neo4j.auth.basic(env("NEO4J_USER"), env("NEO4J_PASSWORD")), {
  disableLosslessIntegers: true,
});

async function answer(scenario: Scenario): Promise<unknown> {
  let records: unknown[] = [];
  for (const { cypher, params } of scenario.statements) {
    const result = await driver.executeQuery(cypher, params, {
      database: "neo4j",
      routing: neo4j.routing.READ,
    });
    records = result.records.map((record) => record.toObject());
  }
  return records;
}

const server = http.createServer((request, response) => {
  request.resume();
  const scenario = scenarios.get(request.url ?? "");
  if (!scenario) {
    response.writeHead(404).end();
    return;
  }
  answer(scenario).then(
    (body) => {
      response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body));
    },
    (error: unknown) => {
      response.writeHead(500, { "content-type": "text/plain" }).end(String(error));
    },
  );
});

server.listen(Number(process.env.PORT ?? 0), "127.0.0.1", () => {
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  console.log(JSON.stringify({ url: `http://127.0.0.1:${port}/` }));
});

const stop = () => {
  server.close(() => void driver.close().then(() => process.exit(0)));
  server.closeAllConnections();
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
