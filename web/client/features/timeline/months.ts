/**
 * Claims binned by the month they were first reported, as precisely as known: a day- or month-precision date
 * falls in its month, a year-only date spans the twelve months of its year, and undated claims have their own
 * bin. Months are "YYYY-MM" strings, which sort as they read.
 */

export interface DatedClaim {
  id: string;
  /** ISO prefix of the first report ("2024-08-21", "2023-10", "2020") or null. */
  firstPublished: string | null;
}

export interface MonthBin {
  month: string;
  count: number;
}

/** Claims known only to a year, drawn across its months. */
export interface YearSpan {
  year: string;
  from: string;
  to: string;
  count: number;
}

export interface ClaimHistogram {
  months: MonthBin[];
  spans: YearSpan[];
  undated: number;
}

export function addMonths(month: string, count: number): string {
  const [year = 0, index = 1] = month.split("-").map(Number);
  const total = year * 12 + (index - 1) + count;
  return `${String(Math.floor(total / 12)).padStart(4, "0")}-${String((total % 12) + 1).padStart(2, "0")}`;
}

/** The months a date covers: its own month, or a whole year for a year-only date. */
export function monthSpan(date: string): { from: string; to: string } | null {
  if (/^\d{4}-\d{2}/.test(date)) return { from: date.slice(0, 7), to: date.slice(0, 7) };
  if (/^\d{4}$/.test(date)) return { from: `${date}-01`, to: `${date}-12` };
  return null;
}

export function claimHistogram(claims: readonly DatedClaim[]): ClaimHistogram {
  const byMonth = new Map<string, number>();
  const byYear = new Map<string, number>();
  let undated = 0;
  let first: string | null = null;
  let last: string | null = null;
  for (const claim of claims) {
    const span = claim.firstPublished ? monthSpan(claim.firstPublished) : null;
    if (!span || !claim.firstPublished) {
      undated += 1;
      continue;
    }
    if (span.from === span.to) byMonth.set(span.from, (byMonth.get(span.from) ?? 0) + 1);
    else byYear.set(claim.firstPublished, (byYear.get(claim.firstPublished) ?? 0) + 1);
    if (first === null || span.from < first) first = span.from;
    if (last === null || span.to > last) last = span.to;
  }
  const months: MonthBin[] = [];
  if (first !== null && last !== null) {
    for (let month = first; month <= last; month = addMonths(month, 1)) {
      months.push({ month, count: byMonth.get(month) ?? 0 });
    }
  }
  const spans = [...byYear.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([year, count]) => ({ year, from: `${year}-01`, to: `${year}-12`, count }));
  return { months, spans, undated };
}

const NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "Oct 2023" */
export function monthName(month: string): string {
  const [year, index] = month.split("-");
  return `${NAMES[Number(index) - 1] ?? "?"} ${year}`;
}
