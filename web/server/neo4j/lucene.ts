/**
 * Builds Lucene queries for the full-text index from what a person typed: every special character escaped (so
 * input is only ever text), each word matched exactly, as a prefix, and fuzzily (typos) with exact hits ranked first.
 * Numbers are never fuzzy (2391 is not a typo of 2397). Several words find what holds all of them and, weaker,
 * what holds some ("UNSC 2397" finds a resolution named by its number alone); search/rank-hits.ts orders them.
 */

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const LUCENE_OPERATORS = new Set(["AND", "OR", "NOT", "TO"]);

export function escapeLucene(text: string): string {
  return text.replace(LUCENE_SPECIAL, (char) => `\\${char}`);
}

/** Words of the input, at most `maxWords`, with Lucene's special characters removed from their edges. */
export function searchWords(input: string, maxWords = 8): string[] {
  return input
    .split(/[\s,;|]+/)
    .map((word) => word.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, ""))
    .filter((word) => word.length > 0)
    .slice(0, maxWords);
}

/** `Dandung Harbn` -> a query that finds "Dandong" and "Harbin"; an empty string when nothing is searchable. */
export function fuzzyQuery(input: string): string {
  const words = searchWords(input);
  if (words.length === 0) return "";
  const phrase = `"${escapeLucene(words.join(" "))}"^4`;
  const perWord = words.map((word) => {
    const escaped = LUCENE_OPERATORS.has(word) ? word.toLowerCase() : escapeLucene(word);
    const fuzzy = word.length >= 4 && !/\d/.test(word) ? ` OR ${escaped}~${word.length >= 7 ? 2 : 1}` : "";
    return `(${escaped}^3 OR ${escaped}*^2${fuzzy})`;
  });
  const all = `(${perWord.join(" AND ")})`;
  return perWord.length > 1 ? `${phrase} OR ${all}^2 OR (${perWord.join(" OR ")})` : `${phrase} OR ${all}`;
}
