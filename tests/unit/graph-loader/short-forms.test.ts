// Short forms of a company named in full earlier in the article name the same company.

import { describe, expect, it } from "vitest";
import { shortForms } from "../../../graph-loader/extract/short-forms.ts";
import { extractText } from "./factories.ts";

describe("company short forms", () => {
  it("drops the legal form, then the trade words, and never leaves a single word", () => {
    expect(shortForms("Gulf Horizon General Trading LLC")).toEqual([
      "Gulf Horizon General Trading",
      "Gulf Horizon",
    ]);
    expect(shortForms("Orient Crest Pte Ltd")).toEqual(["Orient Crest"]);
    expect(shortForms("Hamgyong Trading Corporation")).toEqual(["Hamgyong Trading"]);
  });

  it("reads a later short form as the company, not as the place its first word names", async () => {
    const { mentions, entities } = await extractText(
      "Gulf Horizon General Trading LLC paid the invoice. In May, Gulf Horizon bought fuel oil from a broker.",
    );
    const later = mentions.filter((m) => m.text === "Gulf Horizon");
    expect(later.map((m) => m.entityId)).toEqual(["org:gulf-horizon-general-trading-llc"]);
    expect(entities.some((e) => e.id === "place:gulf")).toBe(false);
  });
});
