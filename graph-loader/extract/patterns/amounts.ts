// Money ("USD 600 to USD 700", "$750 million", "750 million to 1.1 billion dollars") and counts of people
// ("about 10,000 workers", "several hundred workers", "groups of about 30").

import type { Mention } from "../../model.ts";
import { NUM, readNumber, SCALE } from "./numbers.ts";

const CUR = String.raw`(?:USD|US\$|\$|EUR|€|£|RMB|CNY|KRW)`;
const UNIT = "(?:dollars|US dollars|euros|yuan|won|rubles|roubles)";
const ONE = String.raw`${CUR}\s?(${NUM})(?:\s?(${SCALE}))?`;
const MONEY_CUR = new RegExp(
  String.raw`(?:between )?${ONE}(?:\s?(?:to|and|-|–)\s?(?:${CUR}\s?)?(${NUM})(?:\s?(${SCALE}))?)?`,
  "g",
);
const MONEY_UNIT = new RegExp(
  String.raw`\b(?:between )?(${NUM})(?:\s(${SCALE}))?(?:\s?(?:to|and|-|–)\s?(${NUM})(?:\s(${SCALE}))?)?\s(${UNIT})\b`,
  "g",
);
const PEOPLE =
  "(?:workers|laborers|labourers|loggers|people|women|men|students|volunteers|employees|defectors|persons)";
const QUALIFIER =
  "(?:about|around|approximately|roughly|some|nearly|over|more than|up to|at least|as many as)";
const COUNT = new RegExp(
  String.raw`\b(?:${QUALIFIER}\s)?(${NUM})(?:\s(?:[A-Za-z-]+\s){0,3}?)${PEOPLE}\b|\b(?:groups|teams|units) of (?:${QUALIFIER}\s)?(${NUM})\b`,
  "g",
);
const VAGUE = new RegExp(
  String.raw`\b(several hundred|hundreds of|several thousand|thousands (?:to tens of thousands )?of|tens of thousands of)\s(?:[A-Za-z-]+\s){0,3}?${PEOPLE}\b`,
  "g",
);

function amount(text: string, start: number, sentenceIndex: number, attrs: Mention["attributes"]): Mention {
  const clean = text.trim();
  return {
    start,
    end: start + clean.length,
    text: clean,
    type: "Amount",
    sentenceIndex,
    detector: "pattern-amount",
    attributes: attrs ?? {},
  };
}

function currencyOf(text: string): string {
  if (/^(between )?(USD|US\$|\$)|dollars/i.test(text)) return "USD";
  const m = /EUR|€|euros/.test(text)
    ? "EUR"
    : /yuan|RMB|CNY/.test(text)
      ? "CNY"
      : /rubles|roubles/.test(text)
        ? "RUB"
        : /won|KRW/.test(text)
          ? "KRW"
          : "";
  return m || "money";
}

/** All money and people-count mentions of a sentence. */
export function findAmounts(sentence: string, base: number, sentenceIndex: number): Mention[] {
  const out: Mention[] = [];
  for (const m of sentence.matchAll(MONEY_CUR)) {
    const min = readNumber(m[1] ?? "0", m[2] ?? m[4]);
    const max = m[3] ? readNumber(m[3], m[4]) : min;
    out.push(amount(m[0], base + (m.index ?? 0), sentenceIndex, { unit: currencyOf(m[0]), min, max }));
  }
  for (const m of sentence.matchAll(MONEY_UNIT)) {
    const max = m[3] ? readNumber(m[3], m[4]) : readNumber(m[1] ?? "0", m[2]);
    const min = readNumber(m[1] ?? "0", m[2] ?? (m[3] ? m[4] : undefined));
    out.push(amount(m[0], base + (m.index ?? 0), sentenceIndex, { unit: currencyOf(m[0]), min, max }));
  }
  for (const m of sentence.matchAll(COUNT)) {
    const n = readNumber(m[1] ?? m[2] ?? "0");
    if (m[1] && /^(19|20)\d\d$/.test(m[1])) continue;
    // A count of people spans only its number, so "North Korean" and "workers" stay mentions of their own.
    const text = m[1] ? m[0].slice(0, m[0].indexOf(m[1]) + m[1].length) : m[0];
    out.push(amount(text, base + (m.index ?? 0), sentenceIndex, { unit: "people", min: n, max: n }));
  }
  for (const m of sentence.matchAll(VAGUE)) {
    const text = m[1] ?? m[0];
    out.push(amount(text, base + (m.index ?? 0), sentenceIndex, { unit: "people", approximate: text }));
  }
  return out;
}
