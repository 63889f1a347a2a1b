/** Publication dates as precisely as they are known: "21 Aug 2024", "Oct 2023", "2020" or "date unknown". */
import type { DatePrecision } from "../../shared/api-types.ts";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

export function formatPublished(published: string | null, precision: DatePrecision = "day"): string {
  if (!published || precision === "unknown") return "date unknown";
  const [year, month, day] = published.split("-");
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (precision === "year" || !monthName) return year ?? published;
  if (precision === "month" || !day) return `${monthName} ${year}`;
  return `${Number(day)} ${monthName} ${year}`;
}
