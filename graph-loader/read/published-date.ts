// Reads a header's publication date as people write it: "2019-04-21", "21 April 2019", "April 21, 2019",
// "Apr. 2019", "2019-04 (approx.)", "mid-2019". The precision is what the text gives; approximate or
// non-ISO forms come back with a warning, and a date that cannot be read at all loads as unknown.

import type { DatePrecision, PublishedDate } from "../model.ts";

export interface ReadDate {
  date: PublishedDate;
  /** Set when the value was approximate, unusual or unreadable; the article still loads. */
  warning?: string;
}

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/** Words and marks around a date that say it is approximate: "(approx.)", "circa", "mid-", "late". */
const APPROXIMATE =
  /\(\s*(?:approx\.?|approximately|est\.?|estimated|circa|ca\.?|c\.|unconfirmed|\?)\s*\)|\b(?:approx\.?|approximately|about|around|circa|ca\.|c\.|est\.|estimated|early|mid|late|end of|beginning of|start of|spring|summer|autumn|fall|winter|sometime in|before|after|q[1-4])(?=[\s-]|$)|~|\?/gi;

function monthOf(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, "");
  if (w.length < 3) return null;
  const i = MONTHS.findIndex((m) => m.startsWith(w) || (w === "sept" && m === "september"));
  return i < 0 ? null : i + 1;
}

const pad = (n: number) => String(n).padStart(2, "0");

function validDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

interface Parsed {
  value: string;
  precision: Exclude<DatePrecision, "unknown">;
  iso: boolean;
}

function dayValue(year: number, month: number, day: number, iso: boolean): Parsed | null {
  return validDay(year, month, day)
    ? { value: `${year}-${pad(month)}-${pad(day)}`, precision: "day", iso }
    : null;
}

/** The date forms, tried in order on the text with approximate words removed. */
function parseCore(text: string): Parsed | null {
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  if (m) return dayValue(Number(m[1]), Number(m[2]), Number(m[3]), /^\d{4}-\d{2}-\d{2}$/.test(text));
  m = /^(\d{4})[-/.](\d{1,2})$/.exec(text);
  if (m) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return null;
    return { value: `${m[1]}-${pad(month)}`, precision: "month", iso: /^\d{4}-\d{2}$/.test(text) };
  }
  m = /^(\d{4})$/.exec(text);
  if (m) return { value: text, precision: "year", iso: true };
  // 21 April 2019, 21st of April 2019
  m = /^(\d{1,2})(?:st|nd|rd|th)?(?: of)? ([a-z]+\.?),? (\d{4})$/i.exec(text);
  if (m) {
    const month = monthOf(m[2] ?? "");
    return month ? dayValue(Number(m[3]), month, Number(m[1]), false) : null;
  }
  // April 21, 2019 / Apr. 21 2019
  m = /^([a-z]+\.?) (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/i.exec(text);
  if (m) {
    const month = monthOf(m[1] ?? "");
    return month ? dayValue(Number(m[3]), month, Number(m[2]), false) : null;
  }
  // April 2019 / Apr. 2019 / April, 2019 / 2019 April
  const monthYear = /^([a-z]+\.?),? (\d{4})$/i.exec(text);
  const yearMonth = /^(\d{4}),? ([a-z]+\.?)$/i.exec(text);
  const [word, year] = monthYear
    ? [monthYear[1], monthYear[2]]
    : yearMonth
      ? [yearMonth[2], yearMonth[1]]
      : [];
  if (word && year) {
    const month = monthOf(word);
    return month ? { value: `${year}-${pad(month)}`, precision: "month", iso: false } : null;
  }
  // 21/04/2019 or 04/21/2019: only when the order is unambiguous.
  m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(text);
  if (m) {
    const [a, b, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (a > 12) return dayValue(year, b, a, false);
    if (b > 12) return dayValue(year, a, b, false);
    return { value: String(year), precision: "year", iso: false };
  }
  return null;
}

/**
 * Reads a header's `published` value; never throws.
 * @example readPublished("2019-04 (approx.)").date // { value: "2019-04", precision: "month", note: "approximate: 2019-04 (approx.)" }
 */
export function readPublished(value: unknown, note?: string): ReadDate {
  const make = (v: string | null, precision: DatePrecision, extra?: string): PublishedDate => {
    const n = note ?? extra;
    return n ? { value: v, precision, note: n } : { value: v, precision };
  };
  if (value === null || value === undefined || value === "") return { date: make(null, "unknown") };
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime()))
      return { date: make(null, "unknown"), warning: "published is not a date" };
    return { date: make(value.toISOString().slice(0, 10), "day") };
  }
  const raw = String(value).trim();
  const approximate = raw.match(APPROXIMATE) !== null;
  const core = raw
    .replace(APPROXIMATE, " ")
    .replace(/[()]/g, " ")
    .replace(/^[\s,-]+|[\s,-]+$/g, "")
    .replace(/\s+/g, " ");
  const parsed = parseCore(core);
  if (!parsed) {
    return {
      date: make(null, "unknown", `unreadable: ${raw}`),
      warning: `published "${raw}" is not a date graphbrief can read (write YYYY-MM-DD, YYYY-MM or YYYY); the date is left unknown`,
    };
  }
  const date = make(parsed.value, parsed.precision, approximate ? `approximate: ${raw}` : undefined);
  if (!approximate && parsed.iso) return { date };
  const how = approximate ? `${parsed.precision} precision, approximate` : `${parsed.precision} precision`;
  return { date, warning: `published "${raw}" read as ${parsed.value} (${how})` };
}
