/**
 * The page's side of layouts: sends a request to the layout worker and resolves with the positions. Where
 * workers are unavailable (or the worker fails to start), the same computation runs on the page instead, so the
 * positions are the same either way.
 */
import type { LayoutRequest, Positions } from "./compute-layout.ts";
import type { LayoutAnswer, LayoutJob } from "./layout.worker.ts";

export class LayoutError extends Error {}

export interface LayoutClient {
  compute(request: LayoutRequest): Promise<Positions>;
  dispose(): void;
}

export function createLayoutClient(): LayoutClient {
  const worker = startWorker();
  if (!worker) return { compute: computeOnPage, dispose: () => undefined };
  const pending = new Map<number, { resolve(p: Positions): void; reject(e: Error): void }>();
  let nextId = 0;
  let broken = false;
  worker.onmessage = (event: MessageEvent<LayoutAnswer>) => {
    const job = pending.get(event.data.id);
    pending.delete(event.data.id);
    if (!job) return;
    if ("error" in event.data) job.reject(new LayoutError(event.data.error));
    else job.resolve(event.data.positions);
  };
  worker.onerror = (event) => {
    // The worker could not load: finish what was asked on the page, and keep doing so.
    event.preventDefault();
    console.warn(
      "graphbrief: the layout worker failed to start; computing layouts on the page.",
      event.message,
    );
    broken = true;
    for (const [id, job] of pending) {
      pending.delete(id);
      // Re-run on the page: the request is kept with the job.
      job.reject(new WorkerUnavailable());
    }
  };
  return {
    async compute(request) {
      if (broken) return computeOnPage(request);
      const id = nextId++;
      const answer = new Promise<Positions>((resolve, reject) => pending.set(id, { resolve, reject }));
      worker.postMessage({ id, request } satisfies LayoutJob);
      try {
        return await answer;
      } catch (error) {
        if (error instanceof WorkerUnavailable) return computeOnPage(request);
        throw error;
      }
    },
    dispose: () => worker.terminate(),
  };
}

class WorkerUnavailable extends Error {}

function startWorker(): Worker | null {
  if (typeof Worker === "undefined") return null;
  try {
    return new Worker(new URL("./layout.worker.ts", import.meta.url), { type: "module" });
  } catch (error) {
    console.warn("graphbrief: layout worker unavailable; computing layouts on the page.", error);
    return null;
  }
}

async function computeOnPage(request: LayoutRequest): Promise<Positions> {
  const { computeLayout } = await import("./compute-layout.ts");
  return computeLayout(request);
}
