import { describe, expect, it } from "vitest";
import { formatPublished } from "../../../web/client/lib/format-date.ts";

describe("publication dates as precisely as known", () => {
  it("formats a day, a month and a year", () => {
    expect(formatPublished("2024-08-21", "day")).toBe("21 Aug 2024");
    expect(formatPublished("2023-10", "month")).toBe("Oct 2023");
    expect(formatPublished("2020", "year")).toBe("2020");
  });

  it("never invents a date", () => {
    expect(formatPublished(null, "unknown")).toBe("date unknown");
    expect(formatPublished("2023-10", "day")).toBe("Oct 2023");
  });
});
