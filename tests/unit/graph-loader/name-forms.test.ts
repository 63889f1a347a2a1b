// Name forms the unknown-name detector reads by their shape and context, on sentences written for these tests:
// hyphenated name parts and modifier suffixes, dotted initials, titles of office before a person, kinds given by
// an apposition or a role noun, places by their preposition, and a ship's whole name winning over a part of it.

import { describe, expect, it } from "vitest";
import { extractMentions } from "../../../graph-loader/extract/mentions.ts";
import { splitSentences } from "../../../graph-loader/extract/sentences.ts";
import { loadGazetteer } from "../../../graph-loader/gazetteer/build.ts";
import type { Mention } from "../../../graph-loader/model.ts";

async function mentionsOf(text: string): Promise<Mention[]> {
  return extractMentions(await loadGazetteer(), text, splitSentences(text));
}
const named = (ms: Mention[]) => ms.filter((m) => m.type !== "Date").map((m) => `${m.type} ${m.text}`);

describe("unknown names by their form and context", () => {
  it("joins a name prefix over its hyphen and leaves a modifier suffix out", async () => {
    const ms = await mentionsOf("Al-Rashid Trading Company leased the Ghana-flagged tanker Coral Tide.");
    expect(named(ms)).toContain("Organization Al-Rashid Trading Company");
    expect(named(ms)).toContain("Country Ghana");
    expect(named(ms).some((m) => m.includes("flagged"))).toBe(false);
  });

  it("keeps dotted initials inside a name", async () => {
    const ms = await mentionsOf(
      "Judge Mary K. Olsen sat in the U.S. Court of Appeals for the Ninth Circuit.",
    );
    expect(named(ms)).toContain("Person Mary K. Olsen");
    expect(named(ms).some((m) => m.startsWith("Organization U.S. Court of Appeals"))).toBe(true);
  });

  it("strips an office with a 'for … and …' field from the person holding it", async () => {
    const ms = await mentionsOf("Assistant Secretary for Trade and Economic Security Peter Hale resigned.");
    expect(named(ms)).toContain("Person Peter Hale");
    expect(named(ms).filter((m) => m.startsWith("Person"))).toEqual(["Person Peter Hale"]);
  });

  it("types a name by the head noun of its apposition", async () => {
    const ms = await mentionsOf(
      "Tessaro, a Lisbon-based exchange, froze the funds. Wen Zhou, a spokesperson for the agency, declined. Ostrava Star, a small bulk carrier, sank.",
    );
    expect(named(ms)).toEqual(
      expect.arrayContaining(["Organization Tessaro", "Person Wen Zhou", "Vessel Ostrava Star"]),
    );
  });

  it("types a name after a role noun as a person", async () => {
    const ms = await mentionsOf("Police questioned shipping broker Anwar Qadiri on Tuesday.");
    expect(named(ms)).toContain("Person Anwar Qadiri");
  });

  it("reads an unknown name after a locative preposition as a place, and not an article of a law", async () => {
    const ms = await mentionsOf("Crews worked in Bakhmara and near Tsqaltubo, as set out in Article 9.");
    expect(named(ms)).toEqual(expect.arrayContaining(["Place Bakhmara", "Place Tsqaltubo"]));
    expect(named(ms).some((m) => m.includes("Article"))).toBe(false);
  });

  it("reads an unknown name after a kind of place and 'of' as a place, with describing words between", async () => {
    const ms = await mentionsOf(
      "The cargo was unloaded at the Georgian port of Kobuleti. Crews lodged in the northern suburb of Varketili.",
    );
    expect(named(ms)).toEqual(expect.arrayContaining(["Place Kobuleti", "Place Varketili"]));
  });

  it("reads a name with an age in commas after it, or after a trade noun, as a person", async () => {
    const ms = await mentionsOf(
      "The complaint names Arun Wichit, 47, a Thai national. Georgian programmer Levan Beridze was arrested.",
    );
    expect(named(ms)).toEqual(expect.arrayContaining(["Person Arun Wichit", "Person Levan Beridze"]));
  });

  it("reads yards, terminals, clinics and football clubs as organisations", async () => {
    const ms = await mentionsOf(
      "Welders from Kestrel Marine Yard and staff of the Amber Lotus Clinic met at Harbour Fuel Terminal.",
    );
    expect(named(ms)).toEqual(
      expect.arrayContaining([
        "Organization Kestrel Marine Yard",
        "Organization Amber Lotus Clinic",
        "Organization Harbour Fuel Terminal",
      ]),
    );
  });

  it("gives a ship's whole name to an earlier mention read as a person", async () => {
    const ms = await mentionsOf(
      "The cargo went to the Kim Sol 5 at sea. The Kim Sol 5 (IMO 9123456) is a general cargo ship.",
    );
    expect(named(ms).filter((m) => m.includes("Kim Sol"))).toEqual(["Vessel Kim Sol 5", "Vessel Kim Sol 5"]);
  });
});
