// The general clause rule on sentences of its own: verbs with their subjects and objects, passives, relative
// clauses, appositions, possessives, demonyms before a name and placements.

import { describe, expect, it } from "vitest";
import {
  parsePhraseTables,
  RelationPhraseDataError,
} from "../../../graph-loader/extract/relations/clauses/phrases.ts";
import type { RelationFinding } from "../../../graph-loader/model.ts";
import { extractText } from "./factories.ts";

async function claims(body: string): Promise<RelationFinding[]> {
  const { findings } = await extractText(body);
  return findings.filter((f) => f.kind === "claim");
}

const linked = (found: RelationFinding[], a: string, b: string) =>
  found.some((f) => (f.source === a && f.target === b) || (f.source === b && f.target === a));

describe("verb claims", () => {
  it("gives the verb after a relative clause closed by a comma the one it described", async () => {
    const found = await claims(
      "The Larch Fund, which owns Coral Bay Shipping, paid the Tern Harbour Company.",
    );
    expect(linked(found, "org:larch-fund", "org:tern-harbour-company")).toBe(true);
    expect(linked(found, "org:coral-bay-shipping", "org:tern-harbour-company")).toBe(false);
  });

  it("reads a plural after a verb's common-noun object as a noun, so the verb reaches the name after it", async () => {
    const found = await claims("Tomas Ruiz negotiated coal purchases with Nadia Korsak.");
    expect(linked(found, "person:tomas-ruiz", "person:nadia-korsak")).toBe(true);
  });

  it("gives a bare participle after a noun the subject of the verb before, with or without an agent", async () => {
    const found = await claims("Nadia Korsak arranged the sale of timber carried aboard the Coral Tide.");
    expect(linked(found, "person:nadia-korsak", "vessel:coral-tide")).toBe(true);
  });

  it("gives the verb after an apposition the name the apposition describes", async () => {
    const found = await claims("Ana Ruiz, a Colombian citizen, runs Andes Freight Ltd.");
    expect(found).toContainEqual(
      expect.objectContaining({
        source: "person:ana-ruiz",
        type: "OPERATES",
        target: "org:andes-freight-ltd",
      }),
    );
  });

  it("reads an apposition after a person's age and where a person lives, remains or is", async () => {
    const found = await claims(
      "The court named Park Chol-ho, 44, a North Korean national. Song Il-nam is believed to be in Russia. " +
        "Lena Vasquez lives in Macau.",
    );
    expect(linked(found, "person:park-chol-ho", "country:north-korea")).toBe(true);
    expect(found).toContainEqual(
      expect.objectContaining({ source: "person:song-il-nam", type: "LOCATED_IN", target: "country:russia" }),
    );
    expect(found).toContainEqual(
      expect.objectContaining({ source: "person:lena-vasquez", type: "LOCATED_IN", target: "place:macau" }),
    );
  });

  it("links a person to the body of the post written before their name", async () => {
    const found = await claims(
      "A representative of Sobaeksan Trading, Ri Kwang-su, collected the wages. " +
        "The director of the Haixing Seafood Company, Wang Lihua, declined to comment.",
    );
    expect(found).toContainEqual(
      expect.objectContaining({
        source: "person:ri-kwang-su",
        type: "AFFILIATED_WITH",
        target: "org:sobaeksan-trading",
      }),
    );
    expect(linked(found, "person:wang-lihua", "org:haixing-seafood-company")).toBe(true);
  });

  it('links a person to the body or place written with "of" after the name, and to a place before a title', async () => {
    const found = await claims(
      "Rep. Kwon Tae-hun of the ruling People Power Party asked the question. " +
        "Daniel Whitaker, 61, of Tucson was charged. Khabarovsk Krai Governor Dmitry Larionov welcomed them. " +
        "The Vladivostok-based rights group Labour Without Borders disagreed.",
    );
    expect(found).toContainEqual(
      expect.objectContaining({
        source: "person:kwon-tae-hun",
        type: "AFFILIATED_WITH",
        target: "org:people-power-party",
      }),
    );
    expect(linked(found, "person:daniel-whitaker", "place:tucson")).toBe(true);
    expect(linked(found, "person:dmitry-larionov", "place:khabarovsk-krai")).toBe(true);
    expect(linked(found, "org:labour-without-borders", "place:vladivostok")).toBe(true);
  });

  it("places a part of a town in the town written after it", async () => {
    const found = await claims("The firm rents an office in Heping District, Shenyang.");
    expect(found).toContainEqual(
      expect.objectContaining({
        source: "place:heping-district",
        type: "LOCATED_IN",
        target: "place:shenyang",
      }),
    );
  });

  it("makes no claim of a denied act", async () => {
    const found = await claims("Nadia Korsak did not pay the Tern Harbour Company.");
    expect(linked(found, "person:nadia-korsak", "org:tern-harbour-company")).toBe(false);
  });

  it("gives an infinitive and a bare participle the subject of the verb before", async () => {
    const found = await claims(
      "Lucia Ferro was charged with plotting to bribe the Harbour Licensing Board. " +
        "Anton Weiss carried a permit issued by the Coastal Fisheries Agency.",
    );
    expect(linked(found, "person:lucia-ferro", "org:harbour-licensing-board")).toBe(true);
    expect(linked(found, "person:anton-weiss", "org:coastal-fisheries-agency")).toBe(true);
  });

  it("types a verb from the table, subject to object", async () => {
    const found = await claims("Canada sanctioned the Ocean Pearl Trading Company in May.");
    expect(found).toContainEqual(
      expect.objectContaining({
        source: "country:canada",
        type: "SANCTIONS",
        target: "org:ocean-pearl-trading-company",
      }),
    );
  });

  it("keeps an untyped verb as RELATED with its phrase as the label", async () => {
    const found = await claims("Norway quietly mentored Chile on fisheries rules.");
    const claim = found.find((f) => f.source === "country:norway" && f.target === "country:chile");
    expect(claim).toMatchObject({ type: "RELATED", label: "mentored" });
  });

  it("gives an agentless passive the actor named for that kind of act earlier in the article", async () => {
    const found = await claims(
      "Today, the Marine Licensing Office formally sanctioned three companies. " +
        "The move follows a long inquiry. Harbour Star Logistics Company is being sanctioned for moving fuel.",
    );
    const hits = found.filter((f) => f.target === "org:harbour-star-logistics-company");
    expect(hits.map((f) => [f.source, f.type])).toEqual([["org:marine-licensing-office", "SANCTIONS"]]);
    expect(found.some((f) => f.source.startsWith("?") || f.target.startsWith("?"))).toBe(false);
  });

  it("drops an agentless passive when no earlier actor did that kind of act", async () => {
    const found = await claims(
      "Harbour Star Logistics Company is being sanctioned for moving fuel to Ecuador.",
    );
    expect(found.some((f) => f.type === "SANCTIONS")).toBe(false);
  });

  it("reads a verb inside a description: 'a firm already sanctioned by Canada'", async () => {
    const found = await claims(
      "It used Harbour Star Logistics Company, a firm already sanctioned by Canada.",
    );
    expect(found.map((f) => [f.source, f.type, f.target])).toContainEqual([
      "country:canada",
      "SANCTIONS",
      "org:harbour-star-logistics-company",
    ]);
  });

  it("turns a passive with an agent around", async () => {
    const found = await claims("The Blue Heron Shipping Company was fined by Singapore last year.");
    expect(
      found.some((f) => f.source === "country:singapore" && f.target === "org:blue-heron-shipping-company"),
    ).toBe(true);
  });

  it("gives a relative clause the name it refers to as subject", async () => {
    const found = await claims(
      "Officials named the Karimov Logistics Group, which ships spare parts to Kazakhstan every month.",
    );
    expect(found).toContainEqual(
      expect.objectContaining({
        source: "org:karimov-logistics-group",
        type: "EXPORTS_TO",
        target: "country:kazakhstan",
      }),
    );
  });

  it("shares a subject across verbs joined by 'and'", async () => {
    const found = await claims("Peru bought grain from Argentina and sold flour to Bolivia.");
    expect(linked(found, "country:peru", "country:argentina")).toBe(true);
    expect(linked(found, "country:peru", "country:bolivia")).toBe(true);
  });

  it("gives a gerund after a passive the passive's subject", async () => {
    const found = await claims("Canada was fined for having repeatedly helped Chile.");
    expect(linked(found, "country:canada", "country:chile")).toBe(true);
  });

  it("lets the owner of an acting noun act: a possessor or a demonym", async () => {
    const found = await claims(
      "Peru's navy escorted the freighter to Ecuador. A Chilean cutter hailed Bolivia.",
    );
    expect(linked(found, "country:peru", "country:ecuador")).toBe(true);
    expect(linked(found, "country:chile", "country:bolivia")).toBe(true);
  });

  it("reads an infinitive after a verb and coordinated objects", async () => {
    const found = await claims("Norway continued to earn money from fisheries in Chile, Peru and Ecuador.");
    for (const id of ["country:chile", "country:peru", "country:ecuador"]) {
      expect(linked(found, "country:norway", id), id).toBe(true);
    }
  });

  it("links no name when a common noun or a pronoun acts", async () => {
    const found = await claims("A coast guard cutter from Chile escorted a freighter toward Peru.");
    expect(linked(found, "country:chile", "country:peru")).toBe(false);
  });

  it("lets a demonym before a noun for people stand for its country", async () => {
    const found = await claims("The Harbour Trading Company hired Nigerian workers in May.");
    expect(linked(found, "org:harbour-trading-company", "country:nigeria")).toBe(true);
  });

  it("does not take a name that qualifies a noun as an object", async () => {
    const found = await claims("Ghana banned Nigerian poultry imports in March.");
    expect(linked(found, "country:ghana", "country:nigeria")).toBe(false);
  });
});

describe("descriptions, modifiers and placements", () => {
  it("links a name to the names of its apposition", async () => {
    const found = await claims("Talia Brooks, a Canadian engineer based in Nairobi, testified on Monday.");
    expect(linked(found, "person:talia-brooks", "country:canada")).toBe(true);
    expect(linked(found, "person:talia-brooks", "place:nairobi")).toBe(true);
  });

  it("reads a copula after an apposition, up to a name that ends the sentence with its own dot", async () => {
    const found = await claims("Talia Brooks, a Canadian engineer, is the sole director of Larch Marine Co.");
    expect(linked(found, "person:talia-brooks", "country:canada")).toBe(true);
    expect(
      found.some(
        (f) =>
          f.source === "person:talia-brooks" &&
          f.type === "AFFILIATED_WITH" &&
          f.target.startsWith("org:larch-marine"),
      ),
    ).toBe(true);
  });

  it("reads a copula description up to its relative pronoun", async () => {
    const found = await claims(
      "Northgate Holdings is a Panama-registered company that owns the Silver Crane Trading Company.",
    );
    expect(linked(found, "org:northgate-holdings", "country:panama")).toBe(true);
    expect(found).toContainEqual(
      expect.objectContaining({
        source: "org:northgate-holdings",
        type: "OWNS",
        target: "org:silver-crane-trading-company",
      }),
    );
  });

  it("links a fronted place to the first name of its clause", async () => {
    const found = await claims("In Ecuador, the Harbour Trading Company hired local crews.");
    expect(linked(found, "org:harbour-trading-company", "country:ecuador")).toBe(true);
  });

  it("reads a possessor inside an apposition as described, not as a list", async () => {
    const found = await claims("Officials named Bureau 44, the Harbour Trading Company's finance unit.");
    expect(linked(found, "org:bureau-44", "org:harbour-trading-company")).toBe(true);
  });

  it("does not read a list of like things as descriptions", async () => {
    const found = await claims("Growth was fastest in Chile, the Peru region and Bolivia.");
    expect(linked(found, "country:chile", "country:peru")).toBe(false);
  });

  it("links a possessive to the unit it owns", async () => {
    const found = await claims("Brazil's Federal Revenue Service opened an inquiry.");
    expect(found).toContainEqual(expect.objectContaining({ type: "PART_OF", target: "country:brazil" }));
  });

  it("reads a description opened by a preposition or participle after a comma", async () => {
    const found = await claims(
      "Bureau 77, also under the Coastal Logistics Directorate, stored fuel. " +
        "Greyfield Marine, part of the Orchid Harbour Group, leased the tugs.",
    );
    expect(found).toContainEqual(
      expect.objectContaining({
        source: "org:bureau-77",
        type: "PART_OF",
        target: "org:coastal-logistics-directorate",
      }),
    );
    expect(linked(found, "org:greyfield-marine", "org:orchid-harbour-group")).toBe(true);
  });

  it("links a description ending the sentence to a company named last", async () => {
    const found = await claims("Tomas Reyes is the treasurer of Silverline Freight Corporation.");
    expect(linked(found, "person:tomas-reyes", "org:silverline-freight-corporation")).toBe(true);
  });

  it("links a place written before '-based' or '-flagged' to the name right after it", async () => {
    const found = await claims(
      "The Nairobi-based Lakeshore Research Institute and the Panama-flagged Cobalt Wind were named.",
    );
    expect(linked(found, "org:lakeshore-research-institute", "place:nairobi")).toBe(true);
    expect(linked(found, "vessel:cobalt-wind", "country:panama")).toBe(true);
  });

  it("reads a possessive across a bare participle, and a country before a title and a person", async () => {
    const found = await claims(
      "The tanker Silver Tern's listed operator, Harbourline Agencies, filed no papers. " +
        "Kenyan Trade Minister Amos Kiprono denied it.",
    );
    expect(linked(found, "vessel:silver-tern", "org:harbourline-agencies")).toBe(true);
    expect(linked(found, "person:amos-kiprono", "country:kenya")).toBe(true);
  });

  it("places a thing at a place named after 'the port of'", async () => {
    const found = await claims("Police boarded the cargo ship Amber Finch near the port of Mombasa.");
    expect(found).toContainEqual(
      expect.objectContaining({ source: "vessel:amber-finch", type: "LOCATED_IN", target: "place:mombasa" }),
    );
  });

  it("links a demonym to the person it describes", async () => {
    const found = await claims("Police detained Kenyan businessman Peter Mwangi at the airport.");
    expect(linked(found, "person:peter-mwangi", "country:kenya")).toBe(true);
  });

  it("places a name at a place named right after a locative preposition", async () => {
    const found = await claims("Inspectors boarded the cargo ship Sea Lantern off Mombasa on Friday.");
    expect(found.some((f) => f.type === "LOCATED_IN" && f.target === "place:mombasa")).toBe(true);
  });
});

/** A minimal phrase table with the given `verbs:` line. */
function tablesWith(verbs: string): string {
  return [
    verbs,
    "ignored_verbs: say",
    "passive_auxiliaries: be",
    "verb_group_fillers: also",
    "relative_pronouns: which",
    "locative_prepositions: in",
    "description_types: {}",
  ].join("\n");
}

describe("the phrase tables", () => {
  it("reject a relation type not written in upper snake case, with the file named", () => {
    const text = tablesWith("verbs: { seize: seized }");
    expect(() => parsePhraseTables(text)).toThrow(RelationPhraseDataError);
    expect(() => parsePhraseTables(text)).toThrow(/relation-phrases\.yaml/);
  });

  it("read multi-word keys in lower case with single spaces", () => {
    const text = tablesWith("verbs: { 'Impose   Sanctions on': SANCTIONS }");
    const tables = parsePhraseTables(text);
    expect(tables.verbs.get("impose sanctions on")).toBe("SANCTIONS");
    expect(tables.longestVerbKey).toBe(3);
  });
});
