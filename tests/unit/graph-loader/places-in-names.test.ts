// An organisation whose name opens with a place the article names on its own is located there; a place that is
// only the subject of the name, or is named nowhere else, makes no link.

import { describe, expect, it } from "vitest";
import { extractText } from "./factories.ts";

const linked = (found: Array<{ source: string; target: string; kind?: string }>, a: string, b: string) =>
  found.some(
    (f) => f.kind === "claim" && ((f.source === a && f.target === b) || (f.source === b && f.target === a)),
  );

describe("places in organisation names", () => {
  it("links a body named after its country to that country when the article names the country", async () => {
    const { findings } = await extractText(
      "The tanker flew the flag of Ecuador. The Ecuador Maritime Authority later struck it from the register.",
    );
    expect(linked(findings, "org:ecuador-maritime-authority", "country:ecuador")).toBe(true);
  });

  it("makes no link when the place is only named inside the name", async () => {
    const { findings, entities } = await extractText("The Ecuador Maritime Authority struck the tanker off.");
    expect(entities.some((e) => e.id === "country:ecuador")).toBe(false);
    expect(findings.some((f) => f.target === "country:ecuador" || f.source === "country:ecuador")).toBe(
      false,
    );
  });

  it("reads a place later in the name as its subject, not its seat", async () => {
    const { findings } = await extractText(
      "Ecuador rejected the report. The Committee for a Free Ecuador welcomed it.",
    );
    expect(linked(findings, "org:committee-for-a-free-ecuador", "country:ecuador")).toBe(false);
  });

  it("keeps a seat after 'in' as a place of its own, where the body is", async () => {
    const { findings, entities } = await extractText("Officials met at the Ecuadorian Embassy in Jakarta.");
    expect(entities.some((e) => e.id === "place:jakarta")).toBe(true);
    expect(linked(findings, "org:ecuadorian-embassy-in-jakarta", "place:jakarta")).toBe(true);
  });

  it("reads the shorthands reporting uses for countries", async () => {
    const { entities } = await extractText("The UK and the UAE signed the note.");
    expect(entities.map((e) => e.id)).toEqual(
      expect.arrayContaining(["country:united-kingdom", "country:united-arab-emirates"]),
    );
  });
});
