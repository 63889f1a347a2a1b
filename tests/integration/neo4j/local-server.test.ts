import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import neo4j from "neo4j-driver";
import { afterAll, describe, expect, it } from "vitest";
import { passwordFile } from "../../../neo4j/local/password.ts";
import { startLocalNeo4j } from "../../../neo4j/local/server.ts";

const BOLT_PORT = Number(process.env.GRAPHBRIEF_TEST_BOLT_PORT_2 ?? 7696);
/** Each test starts (and stops) a whole Neo4j, which takes a while on a busy two-core machine. */
const SERVER_TEST_TIMEOUT = 240_000;
const homes: string[] = [];

function tempHome(): string {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), "graphbrief-local-"));
  homes.push(home);
  return home;
}

afterAll(() => {
  for (const home of homes) fs.rmSync(home, { recursive: true, force: true });
});

describe("the local Neo4j", () => {
  it(
    "generates a password, refuses the default one, and keeps data across a restart",
    async () => {
      const home = tempHome();
      const first = await startLocalNeo4j({ home, boltPort: BOLT_PORT, heap: "512m", log: () => {} });
      const password = fs.readFileSync(passwordFile(home), "utf8").trim();
      try {
        expect(password).not.toBe("neo4j");
        expect(password.length).toBeGreaterThanOrEqual(24);
        expect(fs.statSync(passwordFile(home)).mode & 0o077).toBe(0);
        await expect(runWith(first.uri, "neo4j", "CREATE (:Intruder)")).rejects.toMatchObject({
          code: "Neo.ClientError.Security.Unauthorized",
        });
        await runWith(first.uri, password, "CREATE (:Marker {kept: true})");
      } finally {
        await first.stop();
      }

      const second = await startLocalNeo4j({ home, boltPort: BOLT_PORT, heap: "512m", log: () => {} });
      try {
        const markers = await runWith(
          second.uri,
          password,
          "MATCH (m:Marker {kept: true}) RETURN count(m) AS n",
        );
        expect(markers).toBe(1);
      } finally {
        await second.stop();
      }
    },
    SERVER_TEST_TIMEOUT,
  );

  it(
    "listens on 127.0.0.1 only",
    async () => {
      const server = await startLocalNeo4j({
        home: tempHome(),
        boltPort: BOLT_PORT,
        heap: "512m",
        log: () => {},
      });
      try {
        expect(server.uri).toBe(`bolt://127.0.0.1:${BOLT_PORT}`);
        const otherAddress = Object.values(os.networkInterfaces())
          .flat()
          .find((address) => address && address.family === "IPv4" && !address.internal)?.address;
        if (otherAddress) {
          await expect(canConnect(otherAddress, BOLT_PORT)).resolves.toBe(false);
        }
      } finally {
        await server.stop();
      }
    },
    SERVER_TEST_TIMEOUT,
  );

  it(
    "says plainly when its port is taken",
    async () => {
      const blocker = net.createServer().listen(BOLT_PORT, "127.0.0.1");
      await new Promise((resolve) => blocker.once("listening", resolve));
      try {
        await expect(
          startLocalNeo4j({ home: tempHome(), boltPort: BOLT_PORT, heap: "512m", log: () => {} }),
        ).rejects.toThrow(`Port ${BOLT_PORT} on 127.0.0.1 is already in use`);
      } finally {
        blocker.close();
      }
    },
    SERVER_TEST_TIMEOUT,
  );
});

async function runWith(uri: string, password: string, cypher: string): Promise<number | undefined> {
  const driver = neo4j.driver(uri, neo4j.auth.basic("neo4j", password), { disableLosslessIntegers: true });
  try {
    const { records } = await driver.executeQuery(cypher);
    return records[0]?.get(0);
  } finally {
    await driver.close();
  }
}

function canConnect(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port, timeout: 1_000 });
    const settle = (connected: boolean) => {
      socket.destroy();
      resolve(connected);
    };
    socket.once("connect", () => settle(true));
    socket.once("error", () => settle(false));
    socket.once("timeout", () => settle(false));
  });
}
