/**
 * Seeded randomness for layouts. fcose and its helpers call `Math.random` directly, so a layout run swaps in a
 * seeded generator for the (synchronous) length of the run: the same elements give the same positions.
 */
import seedrandom from "seedrandom";

/** A seed that depends only on the layout and the ids of the elements, not on their order. */
export function layoutSeed(layout: string, ids: Iterable<string>): string {
  return `${layout}:${[...ids].sort().join("\n")}`;
}

/** Runs `work` with `Math.random` drawing from a generator seeded by `seed`, and restores it afterwards. */
export function withSeededRandom<T>(seed: string, work: () => T): T {
  const original = Math.random;
  Math.random = seedrandom(seed);
  try {
    return work();
  } finally {
    Math.random = original;
  }
}
