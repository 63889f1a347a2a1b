// Where a name is written in an article as a whole word: the later occurrences that article-level stages
// (echoes, short forms, bracketed aliases) re-point at the thing first named.

/** `s` as a literal inside a regular expression. */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Start and end of every occurrence of `written` in `text` not inside a longer word or number. */
export function wholeWordOccurrences(text: string, written: string): Array<{ start: number; end: number }> {
  const re = new RegExp(String.raw`(?<![\p{L}\d])${escapeRegExp(written)}(?![\p{L}\d])`, "gu");
  return [...text.matchAll(re)].map((hit) => {
    const start = hit.index ?? 0;
    return { start, end: start + written.length };
  });
}
