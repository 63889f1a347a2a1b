// Finds every mention in an article: gazetteer, patterns, unknown names, compounds and acronyms. Pure
// given the gazetteer; overlapping candidates are settled in favour of the longer (then the better known).

import type { Gazetteer } from "../gazetteer/types.ts";
import type { Mention, Sentence } from "../model.ts";
import { bracketAliasMentions } from "./aliases.ts";
import { findCompounds } from "./compounds.ts";
import { echoStrongNames } from "./echoes.ts";
import { matchGazetteer } from "./gazetteer-match.ts";
import { findNames } from "./names.ts";
import { findAmounts } from "./patterns/amounts.ts";
import { findDates } from "./patterns/dates.ts";
import { findResolutions } from "./patterns/resolutions.ts";
import { placeStem } from "./place-stem.ts";
import { shortFormMentions } from "./short-forms.ts";
import { tokenize } from "./tokens.ts";
import { findVessels } from "./vessels.ts";

const RANK: Record<string, number> = {
  vessel: 6,
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

/**
 * Places inside an organisation's name. A leading one ("Sierra Leone Maritime Administration", "Lao Ministry of
 * Foreign Affairs") is kept as the attribute `within`, so relations can tie the two when the article names the
 * place on its own. A seat after "in" ("the British Embassy in Jakarta") is named by the text itself, so it is
 * also kept as a mention of its own (nested in the name) and as the attribute `seat`.
 */
function withinPlaces(settled: Mention[], known: Mention[]): Mention[] {
  const out: Mention[] = [];
  const isPlace = (k: Mention) => (k.type === "Country" || k.type === "Place") && !!k.entryId;
  for (const m of settled) {
    if (m.type !== "Organization" || m.detector !== "names") {
      out.push(m);
      continue;
    }
    // Only a leading place says where the body is; later in the name it is its subject ("… for a Free Korea").
    const leading = known.find((k) => k.start === m.start && k.end < m.end && isPlace(k));
    const seat = known.find(
      (k) =>
        k.end === m.end &&
        k.start > m.start &&
        isPlace(k) &&
        / in $/.test(m.text.slice(0, k.start - m.start)),
    );
    const attributes = {
      ...m.attributes,
      ...(leading?.entryId ? { within: leading.entryId } : {}),
      ...(seat?.entryId ? { seat: seat.entryId } : {}),
    };
    out.push(leading || seat ? { ...m, attributes } : m);
    if (seat) out.push(seat);
  }
  return out;
}

function sentenceMentions(gazetteer: Gazetteer, s: Sentence): Mention[] {
  const tokens = tokenize(s.text, s.start);
  const names = findNames(s.text, s.start, tokens, s.index).map((m) => placeStem(gazetteer, m));
  const known = matchGazetteer(gazetteer, s.text, s.start, tokens, s.index);
  // A "ship" named exactly like a country is the country ("the vessel North Korea sent").
  const vessels = findVessels(s.text, s.start, s.index).filter(
    (v) => !known.some((k) => k.type === "Country" && k.start === v.start && k.end === v.end),
  );
  const candidates = [
    ...known,
    ...vessels,
    ...findResolutions(s.text, s.start, s.index),
    ...findAmounts(s.text, s.start, s.index),
    ...names,
  ];
  const settled = withinPlaces(settleOverlaps(candidates), known);
  const dates = findDates(s.text, s.start, s.index).filter(
    (d) => !settled.some((m) => m.start < d.end && d.start < m.end),
  );
  return [...settled, ...findCompounds(gazetteer, s.text, s.start, settled), ...dates];
}

/** "Radio Free Asia (RFA)": later "RFA" mentions name the same thing, even where a place or name had it. */
function acronymMentions(text: string, sentences: Sentence[], mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  const replaced = new Set<Mention>();
  for (const m of mentions) {
    const def = /^ \(([A-Z][A-Za-z]*[A-Z][A-Za-z]*)\)/.exec(text.slice(m.end, m.end + 12));
    if (!def?.[1] || def[1].length > 8 || m.type === "Amount" || m.type === "Date" || m.type === "Vessel")
      continue;
    const acronym = def[1];
    // "Dandong (China)" adds a known name in brackets, not an acronym.
    const inside = m.end + 2;
    if (mentions.some((k) => k.start === inside && k.detector !== "names")) continue;
    // "IMO 9015462" is a ship's number, not the organisation the acronym stands for.
    const re = new RegExp(String.raw`\b${acronym}\b(?! ?(?:No\.? ?)?\d)`, "g");
    for (const hit of text.matchAll(re)) {
      const start = hit.index ?? 0;
      const end = start + acronym.length;
      const covering = mentions.filter((k) => k.start < end && start < k.end);
      // A gazetteer or name reading of exactly the acronym gives way ("IMO" is not the city Imo here).
      if (covering.some((k) => k.start !== start || k.end !== end || !/^(gazetteer|names)$/.test(k.detector)))
        continue;
      for (const k of covering) replaced.add(k);
      const s = sentences.find((x) => x.start <= start && start < x.end);
      if (!s) continue;
      out.push({
        ...m,
        start,
        end,
        text: acronym,
        sentenceIndex: s.index,
        detector: "acronym",
        attributes: { ...m.attributes, aliasOf: m.text },
      });
    }
  }
  return [...mentions.filter((m) => !replaced.has(m)), ...out];
}

/** All mentions of an article, in text order. */
export function extractMentions(gazetteer: Gazetteer, text: string, sentences: Sentence[]): Mention[] {
  const mentions = sentences.flatMap((s) => sentenceMentions(gazetteer, s));
  const withAcronyms = acronymMentions(text, sentences, mentions);
  const withAliases = bracketAliasMentions(text, withAcronyms);
  const withShortForms = shortFormMentions(gazetteer, text, sentences, withAliases);
  return echoStrongNames(text, sentences, withShortForms).sort((a, b) => a.start - b.start || b.end - a.end);
}
