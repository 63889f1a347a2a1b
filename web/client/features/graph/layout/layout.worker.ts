/**
 * The layout worker: computes positions off the page's thread so that large layouts never freeze it. Receives
 * `{ id, request }`, answers `{ id, positions }` or `{ id, error }`.
 */
import { computeLayout, type LayoutRequest } from "./compute-layout.ts";

export interface LayoutJob {
  id: number;
  request: LayoutRequest;
}

export type LayoutAnswer =
  | { id: number; positions: ReturnType<typeof computeLayout> }
  | { id: number; error: string };

// The DOM library types `self` as a window; in a worker it is the worker's scope.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<LayoutJob>) => void) | null;
  postMessage(answer: LayoutAnswer): void;
};

scope.onmessage = (event) => {
  const { id, request } = event.data;
  let answer: LayoutAnswer;
  try {
    answer = { id, positions: computeLayout(request) };
  } catch (error) {
    answer = { id, error: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(answer);
};
