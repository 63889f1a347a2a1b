/**
 * Keeps the local Neo4j that this process started alive: a health probe (RETURN 1 with a timeout) at an interval,
 * and a restart on the same port and data after a crash (the process ended without stop()) or a hang (no probe
 * answered for `hangMs`: the process is killed with SIGKILL, which also ends a stopped one, then started again).
 * One probe is in flight at a time, so a slow answer on a busy machine counts as slow, not as many failures. Restarts back off (1 s, 2 s, 4 s … up to a minute) until the database has stayed up for a while, and
 * each step is one line in the log. Only for a database this process started: never for NEO4J_URI or for a local
 * server another process runs.
 */
import neo4j, { type Driver } from "neo4j-driver";
import type { LocalNeo4j } from "./server.ts";

/** How often and how patiently the supervisor probes, and how it backs off; defaults below. */
export interface SupervisorTimings {
  probeIntervalMs?: number;
  probeTimeoutMs?: number;
  /** How long without any answer to a probe counts as a hang. */
  hangMs?: number;
  firstBackoffMs?: number;
  maxBackoffMs?: number;
  /** Up this long after a restart, the next failure starts again from the first backoff. */
  stableMs?: number;
}

export interface SupervisorOptions extends SupervisorTimings {
  log: (line: string) => void;
  /**
   * The database the probe runs RETURN 1 in: a user database, since the system database refuses anything but
   * administration commands (a probe there never answers, and a healthy server would be killed).
   */
  database: string;
}

export interface SupervisedNeo4j extends LocalNeo4j {
  /** How many times the database was restarted. */
  restarts(): number;
}

export const SUPERVISOR_DEFAULTS = {
  probeIntervalMs: 2_000,
  probeTimeoutMs: 5_000,
  hangMs: 20_000,
  firstBackoffMs: 1_000,
  maxBackoffMs: 60_000,
  stableMs: 60_000,
} satisfies Required<SupervisorTimings>;

export function superviseLocalNeo4j(
  first: LocalNeo4j,
  start: () => Promise<LocalNeo4j>,
  options: SupervisorOptions,
): SupervisedNeo4j {
  const settings = { ...SUPERVISOR_DEFAULTS, ...options };
  const { log } = settings;
  let current = first;
  let probe = probeDriver(current);
  let stopping = false;
  let restarting = false;
  let lastAnswer = Date.now();
  let probing: Promise<boolean> | undefined;
  let attempt = 0;
  let restarts = 0;
  let upSince = Date.now();
  let timer: NodeJS.Timeout | undefined;

  const watch = (server: LocalNeo4j) => {
    void server.exited.then(({ code, signal }) => {
      if (stopping || server !== current) return;
      log(`The local Neo4j (pid ${server.pid}) ended unexpectedly (${signal ?? `exit code ${code}`}).`);
      void restart();
    });
  };

  const restart = async () => {
    if (restarting || stopping) return;
    restarting = true;
    clearTimeout(timer);
    void probe.close().catch(() => {});
    if (Date.now() - upSince >= settings.stableMs) attempt = 0;
    while (!stopping) {
      const delay = Math.min(settings.firstBackoffMs * 2 ** attempt, settings.maxBackoffMs);
      attempt += 1;
      log(`Restarting the local Neo4j in ${delay / 1000} s (attempt ${attempt})…`);
      await sleep(delay);
      if (stopping) break;
      try {
        const started = await start();
        if (stopping) {
          await started.stop();
          break;
        }
        current = started;
        restarts += 1;
        upSince = Date.now();
        lastAnswer = upSince;
        probe = probeDriver(current);
        log(`The local Neo4j is back (pid ${current.pid}, restart ${restarts}).`);
        watch(current);
        break;
      } catch (error) {
        log(`The local Neo4j did not start again: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    restarting = false;
    schedule();
  };

  const check = async () => {
    if (stopping || restarting) return;
    const server = current;
    // A probe still waiting from before is not sent again: the database simply has not answered yet.
    probing ??= answers(probe, settings.database)
      .then((answered) => {
        if (answered) lastAnswer = Date.now();
        return answered;
      })
      .finally(() => {
        probing = undefined;
      });
    await within(probing, settings.probeTimeoutMs);
    const silentMs = Date.now() - lastAnswer;
    if (silentMs >= settings.hangMs && server === current && !restarting && !stopping) {
      log(
        `The local Neo4j (pid ${server.pid}) has not answered its health probe for ${Math.round(silentMs / 1000)} s; ` +
          "killing it to start it again.",
      );
      // Its exit is what triggers the restart (see watch).
      await server.kill();
      return;
    }
    schedule();
  };

  const schedule = () => {
    if (stopping || restarting) return;
    timer = setTimeout(() => void check(), settings.probeIntervalMs);
  };

  watch(current);
  schedule();
  return {
    get uri() {
      return current.uri;
    },
    user: first.user,
    password: first.password,
    get pid() {
      return current.pid;
    },
    get exited() {
      return current.exited;
    },
    restarts: () => restarts,
    kill: () => current.kill(),
    async stop() {
      stopping = true;
      clearTimeout(timer);
      void probe.close().catch(() => {});
      await current.stop();
    },
  };
}

function probeDriver(server: LocalNeo4j): Driver {
  return neo4j.driver(server.uri, neo4j.auth.basic(server.user, server.password), {
    // Generous: logging in to a busy database takes seconds, and the probe's own wait is bounded by `within`.
    maxConnectionPoolSize: 2,
    connectionTimeout: 30_000,
    connectionAcquisitionTimeout: 60_000,
    maxTransactionRetryTime: 0,
    userAgent: "graphbrief/0.1 health-probe",
  });
}

/** True when the database ran RETURN 1; false on an error (refused, reset, bad login). */
function answers(driver: Driver, database: string): Promise<boolean> {
  return driver
    .executeQuery("RETURN 1", {}, { database })
    .then(() => true)
    .catch(() => false);
}

/** Waits for `promise` at most `ms`; it keeps running after that. */
async function within(promise: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  try {
    await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
