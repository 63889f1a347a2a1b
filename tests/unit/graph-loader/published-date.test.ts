import { describe, expect, it } from "vitest";
import { readPublished } from "../../../graph-loader/read/published-date.ts";

describe("readPublished", () => {
  it.each([
    ["2019-04-21", "2019-04-21", "day"],
    ["2019-04", "2019-04", "month"],
    ["2019", "2019", "year"],
  ])("reads the ISO form %s silently", (raw, value, precision) => {
    expect(readPublished(raw)).toEqual({ date: { value, precision } });
  });

  it.each([
    ["21 April 2019", "2019-04-21", "day"],
    ["April 21, 2019", "2019-04-21", "day"],
    ["Apr. 21 2019", "2019-04-21", "day"],
    ["3rd of May 2021", "2021-05-03", "day"],
    ["April 2019", "2019-04", "month"],
    ["Apr. 2019", "2019-04", "month"],
    ["Sept. 2020", "2020-09", "month"],
    ["2019/4/21", "2019-04-21", "day"],
    ["21/04/2019", "2019-04-21", "day"],
    ["2019-04-21T08:30:00Z", "2019-04-21", "day"],
  ])("reads %s with its precision and a warning that it was not ISO", (raw, value, precision) => {
    const { date, warning } = readPublished(raw);
    expect(date).toEqual({ value, precision });
    expect(warning).toContain(`read as ${value} (${precision} precision)`);
  });

  it.each([
    ["2019-04 (approx.)", "2019-04", "month"],
    ["mid-2019", "2019", "year"],
    ["late 2020", "2020", "year"],
    ["circa 2018", "2018", "year"],
    ["early April 2019", "2019-04", "month"],
    ["~2017-06", "2017-06", "month"],
  ])("reads the approximate date %s, notes it and warns", (raw, value, precision) => {
    const { date, warning } = readPublished(raw);
    expect(date).toEqual({ value, precision, note: `approximate: ${raw}` });
    expect(warning).toContain("approximate");
  });

  it("keeps the header's own date note over its approximate marker", () => {
    expect(readPublished("mid-2019", "from the print edition").date.note).toBe("from the print edition");
  });

  it("reads YAML dates and numbers", () => {
    expect(readPublished(new Date("2020-02-29T00:00:00Z")).date).toEqual({
      value: "2020-02-29",
      precision: "day",
    });
    expect(readPublished(2020).date).toEqual({ value: "2020", precision: "year" });
  });

  it.each(["2019-02-30", "2019-13", "Smarch 2019", "next week", "04/05/2019x"])(
    "leaves %s unknown with a warning instead of guessing",
    (raw) => {
      const { date, warning } = readPublished(raw);
      expect(date.value).toBeNull();
      expect(date.precision).toBe("unknown");
      expect(warning).toContain("left unknown");
    },
  );

  it("gives an ambiguous day/month order only its year", () => {
    expect(readPublished("04/05/2019")).toMatchObject({ date: { value: "2019", precision: "year" } });
  });

  it("treats a missing date as unknown without a warning", () => {
    expect(readPublished(undefined)).toEqual({ date: { value: null, precision: "unknown" } });
  });
});
