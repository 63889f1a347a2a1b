/**
 * Orders the full-text index's candidates the way a person expects: a name or alias equal to what was typed,
 * then one that starts with it, then one holding every typed word, then typos, fewest unmatched words and
 * smallest edit distance first. Lucene's own score favours rare words, so a typo close to a frequent name
 * ("Pyongyng" for Pyongyang, a word many names share) would otherwise rank below a rarer, farther one.
 */

export interface RankCandidate {
  name: string;
  aliases: readonly string[];
  /** The index's score, the last tie-break. */
  score: number;
}

/** Comparable closeness of one candidate to the query; smaller is closer, compared element by element. */
export type MatchKey = readonly [tier: number, unmatchedWords: number, wordEdits: number, wholeEdits: number];

const TIER_EXACT = 0;
const TIER_PREFIX = 1;
const TIER_ALL_WORDS = 2;
const TIER_FUZZY = 3;

/** Lower case, accents off, punctuation as spaces: "Ryanggang-do" and "ryanggang do" are the same text. */
export function normalizeName(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Edits a word may have and still count as typed for it: none for short words and numbers. */
function allowedEdits(word: string): number {
  if (/\d/.test(word)) return 0;
  if (word.length >= 7) return 2;
  return word.length >= 4 ? 1 : 0;
}

export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** Edits between a typed word and the closest word of a name, also as a prefix of it (a word still being typed). */
function wordEdits(word: string, nameWords: readonly string[]): number {
  let best = Number.POSITIVE_INFINITY;
  for (const candidate of nameWords) {
    if (candidate.startsWith(word)) return 0;
    best = Math.min(best, editDistance(word, candidate));
    if (candidate.length > word.length)
      best = Math.min(best, editDistance(word, candidate.slice(0, word.length)));
  }
  return best;
}

export function matchKey(query: string, name: string): MatchKey {
  const typed = normalizeName(query);
  const text = normalizeName(name);
  if (typed === text) return [TIER_EXACT, 0, 0, 0];
  const whole = editDistance(typed, text);
  if (text.startsWith(typed)) return [TIER_PREFIX, 0, 0, whole];
  const nameWords = text.split(" ");
  let unmatched = 0;
  let edits = 0;
  for (const word of typed.split(" ")) {
    const distance = wordEdits(word, nameWords);
    if (distance > allowedEdits(word)) unmatched++;
    else edits += distance;
  }
  if (unmatched === 0 && edits === 0) return [TIER_ALL_WORDS, 0, 0, whole];
  return [TIER_FUZZY, unmatched, edits, whole];
}

function compareKeys(a: MatchKey, b: MatchKey): number {
  for (let i = 0; i < a.length; i++) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** The closest of a candidate's names (its name and every alias). */
export function bestKey(query: string, candidate: RankCandidate): MatchKey {
  return [candidate.name, ...candidate.aliases]
    .map((name) => matchKey(query, name))
    .reduce((best, key) => (compareKeys(key, best) < 0 ? key : best));
}

/** The candidates, closest first; ties by the index's score, then the shorter name. */
export function rankHits<T extends RankCandidate>(query: string, candidates: readonly T[]): T[] {
  return candidates
    .map((candidate) => ({ candidate, key: bestKey(query, candidate) }))
    .sort(
      (a, b) =>
        compareKeys(a.key, b.key) ||
        b.candidate.score - a.candidate.score ||
        a.candidate.name.length - b.candidate.name.length ||
        a.candidate.name.localeCompare(b.candidate.name),
    )
    .map(({ candidate }) => candidate);
}
