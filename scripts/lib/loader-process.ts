/**
 * Runs a load in a process of its own, so that the app's server never holds the gazetteer, the NLP models and
 * the extraction of a corpus: they live in the child and are gone with it. The child is
 * `loader-process-main.ts`; it reads its job (where the database is, which paths) as one JSON line on stdin, so
 * that no password appears in a command line or an environment listing, and answers with one JSON line.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import type { Neo4jTarget } from "../../config/env.ts";
import { PROJECT_ROOT } from "../../config/env.ts";

export interface LoaderJob {
  target: Neo4jTarget;
  paths: string[];
  /** Load only when the database holds nothing yet (checked by the child before extracting). */
  onlyIfEmpty: boolean;
}

export interface LoaderOutcome {
  loaded: boolean;
  articles: number;
  entities: number;
  relations: number;
  skipped: Array<{ path: string; message: string }>;
}

export class LoaderProcessError extends Error {
  override name = "LoaderProcessError";
  /** The database went away during the load (a crash or a restart): the load may be tried again once it is back. */
  readonly databaseUnavailable: boolean;

  constructor(message: string, options: ErrorOptions & { databaseUnavailable?: boolean } = {}) {
    super(message, options);
    this.databaseUnavailable = options.databaseUnavailable ?? false;
  }
}

/** The loader process's exit code when the database could not be reached (any other failure exits with 2). */
export const DATABASE_UNAVAILABLE_EXIT = 3;

const CHILD_ENTRY = path.join(PROJECT_ROOT, "scripts", "lib", "loader-process-main.ts");

/** Starts the loader process, forwards its log lines to `log`, and resolves with its summary. */
export function runLoaderProcess(job: LoaderJob, log: (line: string) => void): Promise<LoaderOutcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", CHILD_ENTRY], {
      cwd: PROJECT_ROOT,
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderrTail = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderrTail = (stderrTail + chunk).slice(-4_000);
      for (const line of chunk.split("\n")) if (line.trim()) log(line);
    });
    child.on("error", (error) =>
      reject(new LoaderProcessError("Could not start the loader process", { cause: error })),
    );
    child.on("close", (code, signal) => {
      if (code === 0) {
        try {
          resolve(JSON.parse(stdout.trim().split("\n").at(-1) ?? "") as LoaderOutcome);
        } catch (error) {
          reject(
            new LoaderProcessError("The loader process answered something unreadable", { cause: error }),
          );
        }
        return;
      }
      const why = signal ? `was stopped by ${signal}` : `exited with code ${code}`;
      reject(
        new LoaderProcessError(`The loader process ${why}: ${stderrTail.trim().split("\n").at(-1) ?? ""}`, {
          databaseUnavailable: code === DATABASE_UNAVAILABLE_EXIT,
        }),
      );
    });
    child.stdin.end(`${JSON.stringify(job)}\n`);
  });
}
