/**
 * Extraction on several cores: a fixed set of worker threads (extract-worker.ts), each with its own gazetteer,
 * taking articles as they come; each article goes to the worker with the fewest in hand. Answers come back in
 * any order; callers keep their own order (extractCorpus awaits each article's promise in file order).
 */
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { Article } from "../model.ts";
import type { ArticleExtraction } from "../pipeline.ts";
import type { ExtractAnswer, ExtractJob } from "./extract-worker.ts";

const WORKER = pathToFileURL(path.join(import.meta.dirname, "extract-worker.ts"));
const TSX_API = pathToFileURL(
  path.join(import.meta.dirname, "..", "..", "node_modules", "tsx", "dist", "esm", "api", "index.mjs"),
);
/**
 * The worker is TypeScript, and Node 20 does not hand a process's module hooks (tsx's) to its worker threads:
 * the worker first registers tsx, then imports its module.
 */
const BOOT = `import(${JSON.stringify(TSX_API.href)})
  .then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER.href)}); })
  .catch((error) => { setImmediate(() => { throw error; }); });`;

export interface ExtractPool {
  extract(article: Article): Promise<ArticleExtraction>;
  close(): Promise<void>;
}

/** One thread per core (what `--threads` is worth trying on a machine that is otherwise idle). */
export function threadsPerCore(): number {
  return os.availableParallelism();
}

export function createExtractPool(threads: number): ExtractPool {
  type Pending = { resolve(part: ArticleExtraction): void; reject(error: Error): void };
  const pending = new Map<number, Pending>();
  const inHand = new Map<Worker, number>();
  let next = 0;
  let failure: Error | null = null;
  const fail = (error: Error) => {
    failure ??= error;
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  };
  const workers = Array.from({ length: Math.max(1, threads) }, () => {
    const worker = new Worker(BOOT, { eval: true });
    inHand.set(worker, 0);
    worker.on("message", (answer: ExtractAnswer) => {
      inHand.set(worker, (inHand.get(worker) ?? 1) - 1);
      const waiting = pending.get(answer.job);
      pending.delete(answer.job);
      if ("error" in answer)
        waiting?.reject(new Error(`extraction failed in a worker thread: ${answer.error}`));
      else waiting?.resolve(answer.part);
    });
    worker.on("error", (error) => fail(error));
    worker.on("exit", (code) => {
      if (code !== 0) fail(new Error(`an extraction worker thread exited with code ${code}`));
    });
    return worker;
  });
  return {
    extract(article) {
      if (failure) return Promise.reject(failure);
      const job = next++;
      const worker = workers.reduce((a, b) => ((inHand.get(b) ?? 0) < (inHand.get(a) ?? 0) ? b : a));
      inHand.set(worker, (inHand.get(worker) ?? 0) + 1);
      return new Promise<ArticleExtraction>((resolve, reject) => {
        pending.set(job, { resolve, reject });
        worker.postMessage({ job, article } satisfies ExtractJob);
      });
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
