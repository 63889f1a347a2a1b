/**
 * A worker thread of the extraction pool (extract-pool.ts): loads the gazetteer once, then extracts each article
 * it is sent and posts the result back with the job's number. Extraction is pure given the gazetteer, so a
 * worker's answer is exactly what the main thread would have computed.
 */
import { parentPort } from "node:worker_threads";
import { loadGazetteer } from "../gazetteer/build.ts";
import type { Article } from "../model.ts";
import { extractArticle } from "../pipeline.ts";

export interface ExtractJob {
  job: number;
  article: Article;
}

export type ExtractAnswer =
  | { job: number; part: ReturnType<typeof extractArticle> }
  | { job: number; error: string };

const port = parentPort;
if (!port) throw new Error("extract-worker.ts runs only as a worker thread");
const gazetteer = loadGazetteer();

port.on("message", async ({ job, article }: ExtractJob) => {
  try {
    port.postMessage({ job, part: extractArticle(await gazetteer, article) } satisfies ExtractAnswer);
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    port.postMessage({ job, error: message } satisfies ExtractAnswer);
  }
});
