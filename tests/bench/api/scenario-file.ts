/**
 * Scenarios handed from the benchmark to the bare server's process as a JSON file. Cypher integers (LIMIT
 * values) do not survive plain JSON, so they travel as {"$int": "…"} and come back as driver integers.
 */
import fs from "node:fs";
import neo4j from "neo4j-driver";
import type { Scenario } from "./scenarios.ts";

export function writeScenarioFile(file: string, scenarios: Scenario[]): void {
  fs.writeFileSync(
    file,
    JSON.stringify(scenarios, (_key, value: unknown) => encode(value)),
  );
}

export function readScenarioFile(file: string): Scenario[] {
  return JSON.parse(fs.readFileSync(file, "utf8"), (_key, value: unknown) => decode(value)) as Scenario[];
}

function encode(value: unknown): unknown {
  return neo4j.isInt(value) ? { $int: value.toString() } : value;
}

function decode(value: unknown): unknown {
  if (typeof value === "object" && value !== null && "$int" in value && typeof value.$int === "string") {
    return neo4j.int(value.$int);
  }
  return value;
}
