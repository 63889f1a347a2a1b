// The general entity detectors on sentences written for these tests: vessels, companies and units by their
// form, acronyms in brackets, people with titles and Korean names, and the case rules of the gazetteer match.

import { describe, expect, it } from "vitest";
import { extractMentions } from "../../../graph-loader/extract/mentions.ts";
import { splitSentences } from "../../../graph-loader/extract/sentences.ts";
import { findVessels } from "../../../graph-loader/extract/vessels.ts";
import { loadGazetteer } from "../../../graph-loader/gazetteer/build.ts";
import type { Mention } from "../../../graph-loader/model.ts";
import { resolveArticle } from "../../../graph-loader/resolve/resolve-article.ts";

async function mentionsOf(text: string): Promise<Mention[]> {
  return extractMentions(await loadGazetteer(), text, splitSentences(text));
}
const typed = (ms: Mention[], type: Mention["type"]) => ms.filter((m) => m.type === type).map((m) => m.text);

describe("vessels", () => {
  it.each([
    ["The navy boarded the bulk carrier Amber Lantern near the strait.", "Amber Lantern", "bulk carrier"],
    ["Satellite images show the tanker Blue Osprey 7 at anchor.", "Blue Osprey 7", "tanker"],
    ["Crew of the fishing vessel Tae Yang 12 were detained.", "Tae Yang 12", "fishing vessel"],
    ["Investigators traced the ship “Morning Crane” to a broker.", "Morning Crane", "ship"],
    ["Grey Heron, a Togo-flagged oil tanker, went dark in May.", "Grey Heron", "oil tanker"],
    ["It met the Pine Star, a small North Korean-flagged freighter, at dusk.", "Pine Star", "freighter"],
    ["Later the Comoros-registered Amber Dune went dark.", "Amber Dune", undefined],
  ])("finds the ship in %s", (sentence, name, cls) => {
    const found = findVessels(sentence, 0, 0);
    expect(found.map((v) => [v.text, v.attributes?.class])).toEqual([[name, cls]]);
  });

  it("reads an uncued name after 'the' in a sentence about ships as a ship, there and later", async () => {
    const found = await mentionsOf(
      "Both vessels drifted, and the Jade Osprey passed fuel to the Morning Pike. The Jade Osprey then left.",
    );
    expect(typed(found, "Vessel")).toEqual(["Jade Osprey", "Morning Pike", "Jade Osprey"]);
  });

  it("reads prefixes and IMO numbers", () => {
    const found = findVessels("M/V Silver Kite and Coral Bay (IMO 9345678) left port.", 0, 0);
    expect(found.map((v) => `${v.text}|${v.attributes?.imo ?? ""}`)).toEqual([
      "Silver Kite|",
      "Coral Bay|9345678",
    ]);
  });

  it("does not take ordinary sentences for ships", () => {
    expect(findVessels("Nampo, a port where the ship docked, is busy.", 0, 0)).toEqual([]);
    expect(findVessels("The vessels were seized in July.", 0, 0)).toEqual([]);
    expect(findVessels("The tanker was seen near the coast.", 0, 0)).toEqual([]);
  });

  it("keeps a ship's kind wherever the article names it again, and never makes it a person", async () => {
    const ms = await mentionsOf(
      "Officials inspected the cargo ship Hwa Ryong Ho on Monday. Later Hwa Ryong Ho sailed for Dalian.",
    );
    expect(typed(ms, "Vessel")).toEqual(["Hwa Ryong Ho", "Hwa Ryong Ho"]);
    expect(typed(ms, "Person")).toEqual([]);
  });
});

describe("organisations by their form", () => {
  it("reads the uncued object of a sanctioning verb as a body, but not a person's name", async () => {
    const found = await mentionsOf(
      "Regulators sanctioned Quiet Harbor Partners in June and later designated Sapphire Gate and John Miller.",
    );
    expect(typed(found, "Organization")).toEqual(["Quiet Harbor Partners", "Sapphire Gate"]);
    expect(typed(found, "Person")).toEqual(["John Miller"]);
  });

  it("keeps a dot after an abbreviated legal form only, and reads foreign legal forms", async () => {
    const found = await mentionsOf(
      "Officials questioned a director of Lakeview Pump Corporation. Arne Holm chairs Fjordline Cargo AS. " +
        "Funds passed through Palm Grove Sdn Bhd and Crescent Tide FZE. The buyer was Delta Nine Co.",
    );
    expect(typed(found, "Organization")).toEqual([
      "Lakeview Pump Corporation",
      "Fjordline Cargo AS",
      "Palm Grove Sdn Bhd",
      "Crescent Tide FZE",
      "Delta Nine Co.",
    ]);
  });

  it("reads legal forms, business words and numbered units as organisations", async () => {
    const ms = await mentionsOf(
      "Funds moved from Qingdao Hengfa Industrial Development Co., Ltd. to Northern Pearl Logistics and to " +
        "Bureau 39 of the party. Unit 26 and Office 77 kept the books for Sinhung Ryonghap Trading.",
    );
    expect(typed(ms, "Organization")).toEqual([
      "Qingdao Hengfa Industrial Development Co., Ltd.",
      "Northern Pearl Logistics",
      "Bureau 39",
      "Unit 26",
      "Office 77",
      "Sinhung Ryonghap Trading",
    ]);
    expect(typed(ms, "Place")).toEqual([]);
  });

  it("keeps 'and' inside a ministry's name but not between two names", async () => {
    const ms = await mentionsOf("The Ministry of Land and Transport met Kim Chol and Russia's envoy.");
    expect(typed(ms, "Organization")).toEqual(["Ministry of Land and Transport"]);
  });

  it("takes an acronym in brackets as the body's alias, and later bare uses resolve to it", async () => {
    const text =
      "The Global Shipping Standards Council (GSSC) met in London. Delegates said the GSSC would act. " +
      "The Imaginary Ports Organization (IPO) wrote to the IMO.";
    const ms = await mentionsOf(text);
    expect(typed(ms, "Organization")).toEqual([
      "Global Shipping Standards Council",
      "GSSC",
      "GSSC",
      "Imaginary Ports Organization",
      "IPO",
    ]);
    const { entities } = resolveArticle(await loadGazetteer(), ms);
    expect(entities.find((e) => e.name === "Global Shipping Standards Council")?.aliases).toContain("GSSC");
  });

  it("lets an article's acronym win over a place spelled the same", async () => {
    const ms = await mentionsOf("The International Maritime Organization (IMO) met. The IMO then voted.");
    expect(ms.filter((m) => m.text === "IMO").map((m) => m.type)).toEqual(["Organization", "Organization"]);
  });

  it("reads names after an organisation noun or staff 'at' as organisations", async () => {
    const ms = await mentionsOf(
      "The security firm Quorvex traced payments, and analysts at Brintella confirmed it. " +
        "Payments went through exchanges such as Zentrobit.",
    );
    expect(typed(ms, "Organization")).toEqual(["Quorvex", "Brintella", "Zentrobit"]);
  });
});

describe("people", () => {
  it("reads the uncued object of an arrest or conviction as a person, and a title word at the end as a name", async () => {
    const found = await mentionsOf(
      "A court convicted Tan Boon Huat. Both ships waited while the Sunrise Lady took fuel.",
    );
    expect(typed(found, "Person")).toEqual(["Tan Boon Huat"]);
    expect(typed(found, "Vessel")).toEqual(["Sunrise Lady"]);
  });

  it("strips naval and civil titles such as Commodore and Rector", async () => {
    const found = await mentionsOf("Commodore Arjun Mehta and Rector Olga Brandt signed the letter.");
    expect(typed(found, "Person")).toEqual(["Arjun Mehta", "Olga Brandt"]);
  });

  it("strips titles and reads Korean names with hyphenated or spaced given names", async () => {
    const ms = await mentionsOf(
      "Ambassador Ri Chol-ung met Vice Minister Pak Myong Sik and Dr Anna Kowalczyk in Moscow.",
    );
    expect(typed(ms, "Person")).toEqual(["Ri Chol-ung", "Pak Myong Sik", "Anna Kowalczyk"]);
  });

  it("resolves later short references to the full name of the same article", async () => {
    const ms = await mentionsOf("Kang Song-hui signed the order. Ms Kang later said it was legal.");
    const { mentions } = resolveArticle(await loadGazetteer(), ms);
    expect(mentions.filter((m) => m.type === "Person").map((m) => m.entityId)).toEqual([
      "person:kang-song-hui",
      "person:kang-song-hui",
    ]);
  });
});

describe("places by their preposition", () => {
  it("reads unknown names after 'in' as places, also a second one joined by 'and'", async () => {
    const found = await mentionsOf("The firm rents rooms in Sarykol Tash and Ulzhanovka.");
    expect(typed(found, "Place")).toEqual(["Sarykol Tash", "Ulzhanovka"]);
  });
});

describe("gazetteer case rules", () => {
  it("needs capitals for an acronym and does not read a capitalised acronym as a place", async () => {
    const ms = await mentionsOf("The ship Kum Un San left. Its number is IMO 9876543.");
    expect(ms.filter((m) => m.entryId === "org:united-nations")).toEqual([]);
    expect(ms.filter((m) => m.type === "Place")).toEqual([]);
  });

  it("still reads a dateline in capitals", async () => {
    const ms = await mentionsOf("DOHA, May 3 - Talks resumed.");
    expect(ms.map((m) => m.entryId)).toContain("place:doha");
  });

  it("types dependent territories as places", async () => {
    const ms = await mentionsOf("Funds passed through Hong Kong and Macau to Taiwan.");
    expect(ms.map((m) => `${m.type}:${m.text}`)).toEqual([
      "Place:Hong Kong",
      "Place:Macau",
      "Country:Taiwan",
    ]);
  });
});
