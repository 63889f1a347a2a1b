/**
 * The supervisor's decisions, against stand-ins for the Neo4j process: a crash is restarted with backoff, a
 * server that accepts connections but never answers (a hung process) is killed and started again, and a
 * failed start is retried with a longer wait. The real database is covered by the fault integration test.
 */
import net from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import type { LocalNeo4j } from "../../../neo4j/local/server.ts";
import { type SupervisedNeo4j, superviseLocalNeo4j } from "../../../neo4j/local/supervisor.ts";

const FAST = {
  probeIntervalMs: 50,
  probeTimeoutMs: 100,
  hangMs: 250,
  firstBackoffMs: 20,
  maxBackoffMs: 200,
  database: "neo4j",
};

/** A process stand-in listening on a port that accepts Bolt connections and never answers them. */
async function silentServer(): Promise<LocalNeo4j & { killed: boolean; crash(): void }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on("error", () => {});
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as net.AddressInfo).port;
  let end: (outcome: { code: number | null; signal: NodeJS.Signals | null }) => void = () => {};
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    end = resolve;
  });
  const close = (signal: NodeJS.Signals | null) => {
    for (const socket of sockets) socket.destroy();
    server.close();
    end({ code: signal ? null : 0, signal });
  };
  const fake = {
    uri: `bolt://127.0.0.1:${port}`,
    user: "neo4j",
    password: "unused",
    pid: port,
    exited,
    killed: false,
    crash: () => close("SIGKILL"),
    stop: async () => close(null),
    kill: async () => {
      fake.killed = true;
      close("SIGKILL");
    },
  };
  return fake;
}

let supervised: SupervisedNeo4j | undefined;
afterEach(async () => {
  await supervised?.stop();
  supervised = undefined;
});

async function until(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe("the local Neo4j supervisor", () => {
  it("kills a server that stops answering its probe and starts it again", async () => {
    const lines: string[] = [];
    const first = await silentServer();
    const replacements: LocalNeo4j[] = [];
    supervised = superviseLocalNeo4j(
      first,
      async () => {
        const next = await silentServer();
        replacements.push(next);
        return next;
      },
      { ...FAST, hangMs: 250, log: (line) => lines.push(line) },
    );
    await until(() => supervised?.restarts() === 1);
    expect(first.killed).toBe(true);
    expect(supervised.pid).toBe(replacements[0]?.pid);
    expect(lines.join("\n")).toMatch(/has not answered its health probe for \d+ s/);
    expect(lines.join("\n")).toMatch(/is back \(pid \d+, restart 1\)/);
  });

  it("restarts a crashed server, waiting longer after each failed start", async () => {
    const lines: string[] = [];
    const first = await silentServer();
    let starts = 0;
    supervised = superviseLocalNeo4j(
      first,
      async () => {
        starts += 1;
        if (starts <= 2) throw new Error("port still in use");
        return silentServer();
      },
      // A probe that never fails here: the crash alone must cause the restart.
      { ...FAST, hangMs: 60_000, log: (line) => lines.push(line) },
    );
    first.crash();
    await until(() => supervised?.restarts() === 1);
    expect(starts).toBe(3);
    expect(lines.filter((line) => line.startsWith("Restarting"))).toEqual([
      "Restarting the local Neo4j in 0.02 s (attempt 1)…",
      "Restarting the local Neo4j in 0.04 s (attempt 2)…",
      "Restarting the local Neo4j in 0.08 s (attempt 3)…",
    ]);
    expect(lines.join("\n")).toMatch(/ended unexpectedly \(SIGKILL\)/);
    expect(lines.join("\n")).toMatch(/did not start again: port still in use/);
  });

  it("does not restart a server stopped on purpose", async () => {
    const lines: string[] = [];
    const first = await silentServer();
    let starts = 0;
    supervised = superviseLocalNeo4j(
      first,
      async () => {
        starts += 1;
        return silentServer();
      },
      { ...FAST, log: (line) => lines.push(line) },
    );
    await supervised.stop();
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(starts).toBe(0);
    expect(lines).toEqual([]);
  });
});
