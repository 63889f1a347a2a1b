// References back to named things on sentences written for these tests: pronouns, possessive pronouns and
// definite nouns point at the nearest fitting name before them, and take part in claims.

import { describe, expect, it } from "vitest";
import { parseReferenceTables, ReferenceDataError } from "../../../graph-loader/resolve/coreference.ts";
import { extractText } from "./factories.ts";

const linked = (found: Array<{ source: string; target: string; kind?: string }>, a: string, b: string) =>
  found.some(
    (f) => f.kind === "claim" && ((f.source === a && f.target === b) || (f.source === b && f.target === a)),
  );

describe("references", () => {
  it("lets 'he' in the next sentence act for the person named before", async () => {
    const { findings } = await extractText(
      "Prosecutors named Peter Mwangi in the filing. He sold spare parts to Ecuador.",
    );
    expect(linked(findings, "person:peter-mwangi", "country:ecuador")).toBe(true);
  });

  it("reads 'its' as the organisation named before, owning the person after it", async () => {
    const { findings } = await extractText(
      "The Blue Heron Shipping Company declined to comment. Its general manager, Peter Mwangi, was away.",
    );
    expect(linked(findings, "person:peter-mwangi", "org:blue-heron-shipping-company")).toBe(true);
  });

  it("reads 'it' as the organisation or ship named before, not a person", async () => {
    const { findings } = await extractText(
      "The Blue Heron Shipping Company hired Peter Mwangi. It sold fuel to Ecuador.",
    );
    expect(linked(findings, "org:blue-heron-shipping-company", "country:ecuador")).toBe(true);
    expect(linked(findings, "person:peter-mwangi", "country:ecuador")).toBe(false);
  });

  it("points 'the committee' only at a name with that head word", async () => {
    const { findings } = await extractText(
      "The Harbour Trading Company met the Fisheries Oversight Committee in May. Canada later briefed the committee.",
    );
    expect(linked(findings, "country:canada", "org:fisheries-oversight-committee")).toBe(true);
    expect(linked(findings, "country:canada", "org:harbour-trading-company")).toBe(false);
  });

  it("reads 'the company' before a verb, and 'the centre's' before a role, as the name before", async () => {
    const { findings } = await extractText(
      "The Blue Heron Shipping Company hired Peter Mwangi. The company sold fuel to Ecuador. " +
        "The Lakeside Centre for Maritime Law opened in May. Anna Berg, the centre's director, spoke.",
    );
    expect(linked(findings, "org:blue-heron-shipping-company", "country:ecuador")).toBe(true);
    expect(linked(findings, "person:anna-berg", "org:lakeside-centre-for-maritime-law")).toBe(true);
  });

  it("reads 'the country's' as the country named before", async () => {
    const { findings } = await extractText(
      "Ecuador denied the report. The Harbour Intelligence Bureau, the country's main spy agency, declined to comment.",
    );
    expect(linked(findings, "org:harbour-intelligence-bureau", "country:ecuador")).toBe(true);
  });

  it("finds no antecedent beyond its window of sentences", async () => {
    const { findings } = await extractText(
      "Peter Mwangi retired. Rain fell. Rain fell again. Rain fell all week. Then he visited Ecuador.",
    );
    expect(linked(findings, "person:peter-mwangi", "country:ecuador")).toBe(false);
  });

  it("rejects a table naming an unknown entity type, with the file named", () => {
    const text = "pronouns: { he: { types: [Human] } }\nnouns: {}\nwindow: 3";
    expect(() => parseReferenceTables(text)).toThrow(ReferenceDataError);
    expect(() => parseReferenceTables(text)).toThrow(/references\.yaml/);
  });
});
