/** CSS `unicode-range` values ("U+0000-00FF,U+0131") as code point intervals, and whether text falls in them. */

export type CodePointRange = readonly [number, number];

export function parseUnicodeRange(value: string): CodePointRange[] {
  return value.split(",").map((part) => {
    const [start = "", end = start] = part.trim().replace(/^U\+/i, "").split("-");
    const range = [Number.parseInt(start, 16), Number.parseInt(end, 16)] as const;
    if (!range.every(Number.isFinite)) throw new Error(`Not a unicode-range: "${part}"`);
    return range;
  });
}

export function coversAny(ranges: readonly CodePointRange[], codePoints: ReadonlySet<number>): boolean {
  for (const point of codePoints) {
    if (ranges.some(([start, end]) => point >= start && point <= end)) return true;
  }
  return false;
}
