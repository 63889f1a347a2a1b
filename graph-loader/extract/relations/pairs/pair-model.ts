// The pair model: a logistic regression over pair features (pair-features.ts), its weights trained from the
// annotated development articles by `npm run train:pairs` and kept in data/pair-model.json. Pure apart from
// reading that file once.

import { readFileSync } from "node:fs";
import { z } from "zod";
import type { Features } from "./pair-features.ts";

const FILE = new URL("../../data/pair-model.json", import.meta.url);

export class PairModelError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(`graph-loader/extract: data/pair-model.json: ${message}; run npm run train:pairs`, options);
    this.name = "PairModelError";
  }
}

export const pairModelSchema = z.object({
  /** The splits whose gold trained it (never a frozen one). */
  trainedOn: z.array(z.string()).min(1),
  bias: z.number(),
  weights: z.record(z.string(), z.number()),
  /** The least probability at which a co-mentioned pair is taken as a stated link. */
  threshold: z.number().min(0).max(1),
});
export type PairModel = z.infer<typeof pairModelSchema>;

export function parsePairModel(text: string): PairModel {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (cause) {
    throw new PairModelError("cannot be read as JSON", { cause });
  }
  const parsed = pairModelSchema.safeParse(raw);
  if (!parsed.success) throw new PairModelError(parsed.error.message, { cause: parsed.error });
  return parsed.data;
}

let cached: PairModel | null = null;
export function shippedPairModel(): PairModel {
  cached ??= parsePairModel(readFileSync(FILE, "utf8"));
  return cached;
}

/** The probability the model gives that the text states a link between the pair. */
export function pairProbability(model: Pick<PairModel, "bias" | "weights">, features: Features): number {
  let z = model.bias;
  for (const [name, value] of Object.entries(features)) z += (model.weights[name] ?? 0) * value;
  return 1 / (1 + Math.exp(-z));
}
