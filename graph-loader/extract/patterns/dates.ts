// Dates in running text: "December 2017", "March 9", "in June", "2012.08.28".

import type { Mention } from "../../model.ts";

const MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
const MONTH_INDEX = new Map(MONTHS.split("|").map((m, i) => [m, String(i + 1).padStart(2, "0")]));
const DATE = new RegExp(
  String.raw`\b(?:(${MONTHS})(?: (\d{1,2}))?(?:,? ((?:19|20)\d\d))?)\b|\b((?:19|20)\d\d)\.(\d\d)\.(\d\d)\b`,
  "g",
);

/** Dates with an ISO prefix as precise as the text: "2017-12", "03-09" (no year), "2012-08-28". */
export function findDates(sentence: string, base: number, sentenceIndex: number): Mention[] {
  const out: Mention[] = [];
  for (const m of sentence.matchAll(DATE)) {
    let iso: string;
    if (m[4]) iso = `${m[4]}-${m[5]}-${m[6]}`;
    else {
      const month = MONTH_INDEX.get(m[1] ?? "") ?? "";
      if (m[1] === "May" && !m[2] && !m[3]) continue;
      iso = [m[3] ?? "", month, m[2]?.padStart(2, "0") ?? ""].filter(Boolean).join("-");
    }
    const start = base + (m.index ?? 0);
    out.push({
      start,
      end: start + m[0].length,
      text: m[0],
      type: "Date",
      sentenceIndex,
      detector: "pattern-date",
      attributes: { iso },
    });
  }
  return out;
}
