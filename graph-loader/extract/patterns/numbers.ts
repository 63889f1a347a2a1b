// Reads written numbers: "10,000", "1.1", "750" with an optional scale word.

const SCALES: Record<string, number> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  m: 1e6,
  bn: 1e9,
};

/** "1.1" + "billion" -> 1100000000; unknown scale words count as 1. */
export function readNumber(digits: string, scale?: string): number {
  const value = Number(digits.replace(/,/g, ""));
  const factor = scale ? (SCALES[scale.toLowerCase()] ?? 1) : 1;
  return Math.round(value * factor);
}

export const NUM = String.raw`\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?`;
export const SCALE = "(?:thousand|million|billion|trillion|bn)";
