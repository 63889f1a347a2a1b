/**
 * At most `slots` user queries run at once; the next ones wait in line, and one that waits longer than
 * `maxWaitMs` is turned away as busy (503) rather than holding its request open. This keeps runaway queries
 * from taking more than their share of the database however many are sent.
 */
import { ApiError } from "../http-error.ts";

export interface Gate {
  run<T>(work: () => Promise<T>): Promise<T>;
}

export function createGate(slots: number, maxWaitMs: number): Gate {
  let running = 0;
  const waiting: Array<() => void> = [];
  const release = () => {
    running--;
    waiting.shift()?.();
  };
  const acquire = () =>
    new Promise<void>((resolve, reject) => {
      if (running < slots) {
        running++;
        return resolve();
      }
      const turn = () => {
        clearTimeout(timer);
        running++;
        resolve();
      };
      const timer = setTimeout(() => {
        waiting.splice(waiting.indexOf(turn), 1);
        reject(
          new ApiError(
            503,
            "queries_busy",
            `${slots} queries are already running and others waited ${maxWaitMs / 1000} s; try again when they finish.`,
          ),
        );
      }, maxWaitMs);
      waiting.push(turn);
    });
  return {
    async run(work) {
      await acquire();
      try {
        return await work();
      } finally {
        release();
      }
    },
  };
}
