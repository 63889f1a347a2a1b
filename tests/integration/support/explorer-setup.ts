/** Shared setup of the explorer's API tests: the corridor graph in a fresh database and a JSON helper. */
import type { Driver } from "neo4j-driver";
import type { ApiErrorBody } from "../../../web/shared/api-types.ts";
import { testApi } from "./api.ts";
import { corridorGraph } from "./corridor-graph.ts";
import { resetDatabase, testDriver } from "./database.ts";
import { writeGraph } from "./graph-factory.ts";

export async function corridorDriver(): Promise<Driver> {
  const driver = testDriver();
  await resetDatabase(driver);
  await writeGraph(driver, corridorGraph());
  return driver;
}

/** GET an API path; the status and the parsed JSON body. */
export async function getJson<T>(driver: Driver, path: string): Promise<{ status: number; body: T }> {
  const response = await testApi(driver).request(path);
  return { status: response.status, body: (await response.json()) as T };
}

/** Asserts nothing; returns the error body of a failed request for the test to check. */
export async function getError(driver: Driver, path: string) {
  return getJson<ApiErrorBody>(driver, path);
}

export const TEN_KB = "x".repeat(10 * 1024);
