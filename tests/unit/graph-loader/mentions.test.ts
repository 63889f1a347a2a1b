import { describe, expect, it } from "vitest";
import { extractMentions } from "../../../graph-loader/extract/mentions.ts";
import { findAmounts } from "../../../graph-loader/extract/patterns/amounts.ts";
import { findResolutions } from "../../../graph-loader/extract/patterns/resolutions.ts";
import { splitSentences } from "../../../graph-loader/extract/sentences.ts";
import { loadGazetteer } from "../../../graph-loader/gazetteer/build.ts";
import type { Mention } from "../../../graph-loader/model.ts";
import { extractText } from "./factories.ts";

async function mentionsOf(text: string): Promise<Mention[]> {
  return extractMentions(await loadGazetteer(), text, splitSentences(text));
}

const summary = (ms: Mention[]) => ms.map((m) => `${m.type}:${m.text}${m.entryId ? `=${m.entryId}` : ""}`);

describe("gazetteer mentions", () => {
  it("finds countries, cities, provinces and romanisation variants with their ids", async () => {
    const ms = summary(
      await mentionsOf(
        "Trains run from Nason and Sinŭiju via Dandong City, Liaoning Province, to Khabarovsk.",
      ),
    );
    expect(ms).toEqual(
      expect.arrayContaining([
        "Place:Nason=place:rason",
        "Place:Sinŭiju=place:sinuiju",
        "Place:Dandong City=place:dandong",
        "Place:Liaoning Province=place:liaoning",
        "Place:Khabarovsk=place:khabarovsk",
      ]),
    );
  });

  it("reads demonyms, possessives, 'the North' and hyphenated pairs as countries", async () => {
    const ms = await mentionsOf(
      "Russia's demand grew as the North and North Korean firms signed the North Korea-China deal.",
    );
    const countries = ms.filter((m) => m.type === "Country").map((m) => `${m.text}=${m.entryId}`);
    expect(countries).toEqual([
      "Russia=country:russia",
      "the North=country:north-korea",
      "North Korean=country:north-korea",
      "North Korea=country:north-korea",
      "China=country:china",
    ]);
  });

  it("does not turn common words into places", async () => {
    const ms = await mentionsOf(
      "Most workers said reading the north side of the mobile list was hard in March.",
    );
    expect(ms.filter((m) => m.type === "Place" || m.type === "Country")).toEqual([]);
  });

  it("finds commodities from the lexicon in any case", async () => {
    const ms = await mentionsOf("Coal, cooking oil and artillery shells were traded.");
    expect(ms.filter((m) => m.type === "Commodity").map((m) => m.entryId)).toEqual([
      "commodity:coal",
      "commodity:cooking-oil",
      "commodity:artillery-shells",
    ]);
  });
});

describe("pattern mentions", () => {
  it("finds resolutions in lists and short forms", () => {
    const numbers = (s: string) => findResolutions(s, 0, 0).map((m) => m.attributes?.number);
    expect(numbers("It breaches resolutions 2371 and 2397.")).toEqual([2371, 2397]);
    expect(numbers("UNSC 2375 and UN Security Council Resolution 2270 apply.")).toEqual([2375, 2270]);
  });

  it("reads money ranges with units and scales", () => {
    const money = (s: string) =>
      findAmounts(s, 0, 0).map((m) => [m.text, m.attributes?.unit, m.attributes?.min, m.attributes?.max]);
    expect(money("They pay USD 600 to USD 700 in bribes.")).toEqual([
      ["USD 600 to USD 700", "USD", 600, 700],
    ]);
    expect(money("It earns $750 million a year.")).toEqual([
      ["$750 million", "USD", 750_000_000, 750_000_000],
    ]);
    expect(money("between 750 million to 1.1 billion dollars")).toEqual([
      ["between 750 million to 1.1 billion dollars", "USD", 750_000_000, 1_100_000_000],
    ]);
  });

  it("reads counts of people without swallowing the words around them", () => {
    const counts = (s: string) =>
      findAmounts(s, 0, 0).map((m) => [m.text, m.attributes?.min ?? m.attributes?.approximate]);
    expect(counts("about 10,000 workers went")).toEqual([["about 10,000", 10000]]);
    expect(counts("several hundred new laborers")).toEqual([["several hundred", "several hundred"]]);
    expect(counts("in groups of about 30 people")).toEqual([["groups of about 30", 30]]);
    expect(counts("in 2015 workers left")).toEqual([]);
  });

  it("names a count of people for what it counts, never as a bare quantifier", async () => {
    const { entities } = await extractText(
      "The firm hired hundreds of North Korean workers and about 200 loggers.",
    );
    const names = entities.filter((e) => e.type === "Amount").map((e) => e.name);
    expect(names.sort()).toEqual(["hundreds of people", "about 200 people"].sort());
  });
});

describe("names the gazetteer lacks", () => {
  it("finds people by name shape, title and speech verb, and organisations by head word", async () => {
    const ms = await mentionsOf(
      'Deputy Prime Minister Somsak Vongsa met Park Ji-hoon, head of the Citizens Alliance for Labour Rights. "It works," said Hannah Lindqvist of the Nordic Monitoring Institute.',
    );
    const found = summary(ms.filter((m) => m.detector === "names"));
    expect(found).toEqual(
      expect.arrayContaining([
        "Person:Somsak Vongsa",
        "Person:Park Ji-hoon",
        "Organization:Citizens Alliance for Labour Rights",
        "Person:Hannah Lindqvist",
        "Organization:Nordic Monitoring Institute",
      ]),
    );
  });

  it("marks a lone surname as partial, for the resolver to complete", async () => {
    const ms = await mentionsOf("Kim Dong Nam spoke. Kim added that more would come.");
    const partial = ms.filter((m) => m.type === "Person" && m.attributes?.partial);
    expect(partial.map((m) => m.text)).toEqual(["Kim"]);
  });

  it("learns acronyms defined in the text", async () => {
    const ms = await mentionsOf("A report by Radio Free Asia (RFA) said so. RFA added more.");
    const rfa = ms.filter((m) => m.text === "RFA");
    expect(rfa.map((m) => m.entryId)).toEqual(["org:radio-free-asia", "org:radio-free-asia"]);
    expect(rfa.map((m) => m.sentenceIndex)).toEqual([0, 1]);
  });
});
