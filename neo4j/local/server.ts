/**
 * Starts and stops graphbrief's local Neo4j (the Java launcher in neo4j/launcher) as a child process.
 * `startLocalNeo4j` resolves only once Bolt answers with the generated password; `stop()` shuts it down cleanly.
 */
import { type ChildProcess, type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import net from "node:net";
import readline from "node:readline";
import neo4j from "neo4j-driver";
import { LocalNeo4jError } from "./errors.ts";
import { ensureJava, ensureLauncherBuilt, LAUNCHER_CLASSPATH, LAUNCHER_MAIN } from "./launcher-build.ts";
import { readOrCreatePassword } from "./password.ts";

export interface LocalNeo4jOptions {
  home: string;
  boltPort: number;
  heap: string;
  log?: (line: string) => void;
  /** How long to wait for Bolt to answer (the first start of a new data folder takes longest). */
  timeoutMs?: number;
}

export interface LocalNeo4j {
  uri: string;
  user: string;
  password: string;
  /** The Java process, for messages and for a supervisor that must end a hung one. */
  pid: number | undefined;
  /** Settles when the process ends, however it ends (stop(), kill(), a crash). */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stop(): Promise<void>;
  /** Ends the process at once with SIGKILL (which also ends a stopped one), without a clean shutdown. */
  kill(): Promise<void>;
}

const READY_LINE = /graphbrief-neo4j: ready (bolt:\/\/\S+)/;
const ERROR_LINE = /graphbrief-neo4j: error: (.*)/;

export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = options.log ?? ((line: string) => console.error(line));
  ensureJava();
  ensureLauncherBuilt(log);
  await ensurePortFree(options.boltPort);
  const password = readOrCreatePassword(options.home);
  log(`Starting the local Neo4j on 127.0.0.1:${options.boltPort} (data in ${options.home})…`);
  const child = spawnLauncher(options, password);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  const stop = () => stopChild(child);
  const kill = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    await exited;
  };
  try {
    const uri = await waitForReadyLine(child, options.timeoutMs ?? 180_000);
    await waitForBolt(uri, password);
    return { uri, user: "neo4j", password, pid: child.pid, exited, stop, kill };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * Neo4j walks returned values by recursion on the query's thread, and when that overflows the stack it sends no
 * answer at all (its failure message for a StackOverflowError has no text and cannot be encoded), so the client
 * waits until its deadline. The default 1 MiB stack overflows at about 3,000 nested lists; 64 MiB (reserved, used
 * only as deep as a query goes) carries values about 300,000 levels deep to the API, which refuses those nested
 * more than 500 levels with a clear answer (web/server/neo4j/value-depth-guard.ts).
 */
const THREAD_STACK = "-Xss64m";

function spawnLauncher(options: LocalNeo4jOptions, password: string): ChildProcessWithoutNullStreams {
  const jvm = [`-Xms256m`, `-Xmx${options.heap}`, THREAD_STACK];
  const child = spawn("java", [...jvm, "-cp", LAUNCHER_CLASSPATH, LAUNCHER_MAIN], {
    env: {
      ...process.env,
      GRAPHBRIEF_NEO4J_HOME: options.home,
      GRAPHBRIEF_NEO4J_PORT: String(options.boltPort),
      GRAPHBRIEF_NEO4J_PASSWORD: password,
      GRAPHBRIEF_NEO4J_STDIN_LIFELINE: "true",
    },
    stdio: ["pipe", "pipe", "pipe"],
  });
  // If this process exits without calling stop(), the closed stdin pipe tells the launcher to shut down.
  const onExit = () => child.kill("SIGTERM");
  process.once("exit", onExit);
  child.once("exit", () => process.removeListener("exit", onExit));
  return child;
}

function waitForReadyLine(child: ChildProcessWithoutNullStreams, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const errors: string[] = [];
    const timer = setTimeout(
      () => reject(new LocalNeo4jError(`The local Neo4j did not come up within ${timeoutMs / 1000} s.`)),
      timeoutMs,
    );
    readline.createInterface({ input: child.stdout }).on("line", (line) => {
      const ready = READY_LINE.exec(line);
      if (ready?.[1]) {
        clearTimeout(timer);
        resolve(ready[1]);
      }
    });
    readline.createInterface({ input: child.stderr }).on("line", (line) => {
      const message = ERROR_LINE.exec(line)?.[1];
      if (message) errors.push(message);
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      const reason = errors.join("; ") || `the launcher exited with code ${code}`;
      reject(new LocalNeo4jError(`The local Neo4j did not start: ${reason}`));
    });
  });
}

async function waitForBolt(uri: string, password: string): Promise<void> {
  const driver = neo4j.driver(uri, neo4j.auth.basic("neo4j", password));
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        if (await driver.verifyAuthentication()) return;
        throw new LocalNeo4jError(`The local Neo4j at ${uri} refused the password in its data folder.`);
      } catch (error) {
        if (error instanceof LocalNeo4jError) throw error;
        if (attempt >= 20) {
          throw new LocalNeo4jError(`The local Neo4j started but Bolt does not answer at ${uri}`, {
            cause: error,
          });
        }
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
  } finally {
    await driver.close();
  }
}

function ensurePortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", () =>
      reject(
        new LocalNeo4jError(
          `Port ${port} on 127.0.0.1 is already in use, so the local Neo4j cannot listen there. ` +
            "Stop what uses it, or choose another port with GRAPHBRIEF_NEO4J_PORT.",
        ),
      ),
    );
    probe.listen({ port, host: "127.0.0.1", exclusive: true }, () => probe.close(() => resolve()));
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const killer = setTimeout(() => child.kill("SIGKILL"), 30_000);
    child.once("exit", () => {
      clearTimeout(killer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}
