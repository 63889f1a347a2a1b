/**
 * Memory of the app server and of the bare driver server (its baseline), each in its own process: resident
 * memory when idle, and the peak (VmHWM, reset just before) while 64 connections cycle through the API
 * benchmark's scenarios, 512 requests in all.
 */
import { loadTest } from "../api/load-test.ts";
import { type BenchServer, startServers } from "../api/servers.ts";
import { processMemory, resetPeakMemory } from "../support/child-process.ts";
import type { BenchNeo4j } from "../support/neo4j.ts";

export interface ServerMemory {
  idleMb: number;
  peakMb: number;
}

export const LOAD_CONNECTIONS = 64;
/** Requests per connection: a fixed amount of work, so that both servers finish it however slow they are. */
const REQUESTS_PER_CONNECTION = 8;

export async function serverMemory(neo4j: BenchNeo4j): Promise<{ app: ServerMemory; bare: ServerMemory }> {
  const servers = await startServers(neo4j);
  try {
    const measure = async (server: BenchServer): Promise<ServerMemory> => {
      const idleMb = processMemory(server.pid).rssMb;
      resetPeakMemory(server.pid);
      await loadTest(server, servers.scenarios, {
        connections: LOAD_CONNECTIONS,
        amount: LOAD_CONNECTIONS * REQUESTS_PER_CONNECTION,
      });
      return { idleMb, peakMb: processMemory(server.pid).peakMb };
    };
    return { app: await measure(servers.app), bare: await measure(servers.bare) };
  } finally {
    await servers.stop();
  }
}
