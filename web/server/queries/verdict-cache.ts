/**
 * Read-only verdicts of saved queries, kept per exact query text. A saved query's file does not change between
 * runs, and whether a query can write depends on its text alone (never on parameter values or on the data), so
 * once EXPLAIN has passed a text, runs of that same text can skip the check. Editing the file changes the text
 * and so misses the cache: the new text is checked again. Only passes are kept; a refused text is checked (and
 * refused) on every run. Ad-hoc Cypher from the editor never goes through this cache.
 */

export interface VerdictCache {
  /** True when this exact text was proved read-only before. */
  has(cypher: string): boolean;
  /** Remembers that this exact text was proved read-only. */
  add(cypher: string): void;
}

/** Texts kept at most; the least recently used goes first, so edited files' old texts fall out. */
export const VERDICT_CACHE_SIZE = 256;

export function createVerdictCache(size = VERDICT_CACHE_SIZE): VerdictCache {
  const passed = new Map<string, true>();
  return {
    has(cypher) {
      if (!passed.has(cypher)) return false;
      // Re-inserted so that the Map's order is least recently used first.
      passed.delete(cypher);
      passed.set(cypher, true);
      return true;
    },
    add(cypher) {
      passed.delete(cypher);
      passed.set(cypher, true);
      while (passed.size > size) {
        const oldest = passed.keys().next().value;
        if (oldest === undefined) break;
        passed.delete(oldest);
      }
    },
  };
}
