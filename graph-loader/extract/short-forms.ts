// Article-level short forms of company names: once "Gulf Horizon General Trading LLC" is named, "Gulf Horizon"
// and "Gulf Horizon General Trading" later in the article name the same company, not the Gulf and a stray word.

import { foldName } from "../gazetteer/fold.ts";
import type { Gazetteer } from "../gazetteer/types.ts";
import type { Mention, Sentence } from "../model.ts";
import { COMPANY_WORDS, LEGAL_SUFFIXES } from "./name-cues.ts";
import { wholeWordOccurrences } from "./occurrences.ts";

/** Words that qualify a company's trade ("General Trading", "International Shipping") rather than name it. */
const TRADE_QUALIFIERS = new Set(["General", "International", "Global", "Overseas", "Foreign"]);

/** Readings a short form may replace: names and places read from the words alone. */
const REPLACEABLE = new Set(["names", "gazetteer", "echo"]);

/** The shorter ways an article writes a company's name: without its legal form, and without its trade words. */
export function shortForms(name: string): string[] {
  const words = name.replace(/,/g, "").split(/\s+/);
  const bare = (w: string) => w.replace(/\.$/, "");
  let end = words.length;
  while (end > 0 && LEGAL_SUFFIXES.has(bare(words[end - 1] ?? ""))) end--;
  const forms = [words.slice(0, end).join(" ")];
  const trade = (w: string) => COMPANY_WORDS.has(bare(w)) || TRADE_QUALIFIERS.has(bare(w));
  let core = end;
  while (core > 1 && trade(words[core - 1] ?? "")) core--;
  if (core < end) forms.push(words.slice(0, core).join(" "));
  // A single word ("Gulf", "Orient") is too often something else to stand for the company.
  return [...new Set(forms)].filter((f) => f !== name && f.split(" ").length >= 2);
}

/** Adds the short-form occurrences of each company named in full, replacing weaker readings of them. */
export function shortFormMentions(
  gazetteer: Gazetteer,
  text: string,
  sentences: Sentence[],
  mentions: Mention[],
): Mention[] {
  const companies = mentions.filter(
    (m) => m.type === "Organization" && m.detector === "names" && m.text.split(/\s+/).length >= 3,
  );
  let out = mentions;
  for (const company of companies) {
    for (const form of shortForms(company.text)) {
      // "North Korea Trading Company" does not make every "North Korea" the company.
      if (gazetteer.index.has(foldName(form))) continue;
      for (const { start, end } of wholeWordOccurrences(text, form)) {
        const overlapping = out.filter((k) => k.start < end && start < k.end);
        const inside = (k: Mention) => REPLACEABLE.has(k.detector) && start <= k.start && k.end <= end;
        if (overlapping.length === 0 ? false : !overlapping.every(inside)) continue;
        if (overlapping.some((k) => k === company)) continue;
        const sentence = sentences.find((s) => s.start <= start && start < s.end);
        if (!sentence) continue;
        out = [
          ...out.filter((k) => !overlapping.includes(k)),
          {
            start,
            end,
            text: form,
            type: "Organization",
            sentenceIndex: sentence.index,
            detector: "short-form",
            attributes: { aliasOf: company.text },
          },
        ];
      }
    }
  }
  return out;
}
