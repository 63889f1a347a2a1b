// Splits cleaned article text into sentences with character offsets. Pure.
// Line breaks always end a sentence (headlines, paragraphs); inside a line, ". ", "? " and "! " end one
// unless the word before is a known abbreviation, an initial, or the next word starts in lower case.

import type { Sentence } from "../model.ts";

const ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "sen",
  "rep",
  "gen",
  "col",
  "lt",
  "maj",
  "capt",
  "sgt",
  "st",
  "jr",
  "sr",
  "vs",
  "etc",
  "inc",
  "ltd",
  "co",
  "corp",
  "no",
  "nos",
  "vol",
  "fig",
  "approx",
  "est",
  "dept",
  "univ",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "u.s",
  "u.k",
  "u.n",
  "e.g",
  "i.e",
  "a.m",
  "p.m",
  "m.a",
  "b.a",
  "ph.d",
  "d.c",
]);

/** True when the dot at `dot` closes an abbreviation or an initial rather than a sentence. */
function isAbbreviationDot(text: string, dot: number): boolean {
  const before = text.slice(Math.max(0, dot - 12), dot);
  const word = /([A-Za-z.]+)$/.exec(before)?.[1] ?? "";
  if (word.length === 0) return false;
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  if (/^[A-Z]$/.test(word)) return true;
  return /^([A-Za-z]\.)+[A-Za-z]$/.test(word);
}

/** Finds the end (exclusive) of each sentence within one line. */
function sentenceEnds(line: string): number[] {
  const ends: number[] = [];
  const boundary = /[.!?]+["')\]]*(?=\s+)/g;
  for (let m = boundary.exec(line); m !== null; m = boundary.exec(line)) {
    const end = m.index + m[0].length;
    const next = /\s+(\S)/.exec(line.slice(end));
    const nextChar = next?.[1] ?? "";
    if (m[0].startsWith(".") && m[0].length === 1 && isAbbreviationDot(line, m.index)) continue;
    if (/[a-z]/.test(nextChar)) continue;
    ends.push(end);
  }
  ends.push(line.length);
  return ends;
}

/**
 * Splits text into sentences; `text.slice(s.start, s.end) === s.text` always holds.
 * @example splitSentences("Mr. Kim left. He came back.").map((s) => s.text) // ["Mr. Kim left.", "He came back."]
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const lines = /[^\n]+/g;
  for (let l = lines.exec(text); l !== null; l = lines.exec(text)) {
    let from = 0;
    for (const end of sentenceEnds(l[0])) {
      const piece = l[0].slice(from, end);
      const lead = piece.length - piece.trimStart().length;
      const trimmed = piece.trim();
      if (trimmed.length > 0) {
        const start = l.index + from + lead;
        sentences.push({ index: sentences.length, start, end: start + trimmed.length, text: trimmed });
      }
      from = end;
    }
  }
  return sentences;
}
