// Finds every mention in an article: gazetteer, patterns, unknown names, compounds and acronyms. Pure
// given the gazetteer; overlapping candidates are settled in favour of the longer (then the better known).

import type { Gazetteer } from "../gazetteer/types.ts";
import type { Mention, Sentence } from "../model.ts";
import { findCompounds } from "./compounds.ts";
import { matchGazetteer } from "./gazetteer-match.ts";
import { findNames } from "./names.ts";
import { findAmounts } from "./patterns/amounts.ts";
import { findDates } from "./patterns/dates.ts";
import { findResolutions } from "./patterns/resolutions.ts";
import { placeStem } from "./place-stem.ts";
import { tokenize } from "./tokens.ts";

const RANK: Record<string, number> = {
  "pattern-resolution": 5,
  "pattern-amount": 4,
  gazetteer: 3,
  "gazetteer-demonym": 3,
  names: 1,
};

/** Keeps the longest candidates; on equal length the detector ranked higher. */
export function settleOverlaps(candidates: Mention[]): Mention[] {
  const sorted = [...candidates].sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) ||
      (RANK[b.detector] ?? 0) - (RANK[a.detector] ?? 0) ||
      a.start - b.start,
  );
  const kept: Mention[] = [];
  for (const m of sorted) {
    if (!kept.some((k) => k.start < m.end && m.start < k.end)) kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function sentenceMentions(gazetteer: Gazetteer, s: Sentence): Mention[] {
  const tokens = tokenize(s.text, s.start);
  const names = findNames(s.text, s.start, tokens, s.index).map((m) => placeStem(gazetteer, m));
  const candidates = [
    ...matchGazetteer(gazetteer, s.text, s.start, tokens, s.index),
    ...findResolutions(s.text, s.start, s.index),
    ...findAmounts(s.text, s.start, s.index),
    ...names,
  ];
  const settled = settleOverlaps(candidates);
  const dates = findDates(s.text, s.start, s.index).filter(
    (d) => !settled.some((m) => m.start < d.end && d.start < m.end),
  );
  return [...settled, ...findCompounds(gazetteer, s.text, s.start, settled), ...dates];
}

/** "Radio Free Asia (RFA)": later "RFA" mentions name the same thing. */
function acronymMentions(text: string, sentences: Sentence[], mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    const def = /^ \(([A-Z][A-Za-z]{1,7})\)/.exec(text.slice(m.end, m.end + 12));
    if (!def?.[1] || m.type === "Amount" || m.type === "Date") continue;
    const acronym = def[1];
    const re = new RegExp(String.raw`\b${acronym}\b`, "g");
    for (const hit of text.matchAll(re)) {
      const start = hit.index ?? 0;
      if (mentions.some((k) => k.start <= start && start < k.end)) continue;
      const s = sentences.find((x) => x.start <= start && start < x.end);
      if (!s) continue;
      out.push({
        ...m,
        start,
        end: start + acronym.length,
        text: acronym,
        sentenceIndex: s.index,
        detector: "acronym",
        attributes: { ...m.attributes, aliasOf: m.text },
      });
    }
  }
  return out;
}

/** All mentions of an article, in text order. */
export function extractMentions(gazetteer: Gazetteer, text: string, sentences: Sentence[]): Mention[] {
  const mentions = sentences.flatMap((s) => sentenceMentions(gazetteer, s));
  return [...mentions, ...acronymMentions(text, sentences, mentions)].sort(
    (a, b) => a.start - b.start || b.end - a.end,
  );
}
