import { describe, expect, it } from "vitest";
import { allRoutes, extractText, hasRelation } from "./factories.ts";

describe("route legs", () => {
  it("keeps a from/to/via route in travel order", async () => {
    const { findings } = await extractText(
      "The workers take trains from Dandong to inland Russia via Harbin.",
    );
    expect(allRoutes(findings)).toEqual([["place:dandong", "place:harbin", "country:russia"]]);
  });

  it("joins a from/to phrase with a hyphen chain and an alternative stop", async () => {
    const { findings } = await extractText(
      "Crews go directly from Rason to Hassan-Vladivostok-Ussuriysk (or Khabarovsk).",
    );
    expect(allRoutes(findings)).toEqual([
      ["place:rason", "place:hassan", "place:vladivostok", "place:ussuriysk"],
      ["place:rason", "place:hassan", "place:vladivostok", "place:khabarovsk"],
    ]);
  });

  it("chains several legs and splits unrelated clauses", async () => {
    const { findings } = await extractText(
      "They travel from Ulaanbaatar to Beijing by train and then fly via Shanghai to Bangkok. Another man went to Seoul and returned to Tokyo.",
    );
    expect(allRoutes(findings)).toEqual([
      ["place:ulaanbaatar", "place:beijing", "place:shanghai", "place:bangkok"],
    ]);
  });

  it("keeps stops coordinated to a 'through' stop, and road crossings between two cities", async () => {
    const { findings } = await extractText(
      "They came by train from Pyongyang through Beijing and Erenhot. Trucks use the Sinuiju-Dandong bridge.",
    );
    expect(allRoutes(findings)).toEqual([
      ["place:pyongyang", "place:beijing", "place:erenhot"],
      ["place:sinuiju", "place:dandong"],
    ]);
  });

  it("reads routes of air and rail services between two cities", async () => {
    const { findings } = await extractText(
      "They resumed Pyongyang-Shenyang flights and a train service between Nason and Vladivostok.",
    );
    expect(hasRelation(findings, "place:pyongyang", "ROUTE_LEG", "place:shenyang")).toBe(true);
    expect(hasRelation(findings, "place:rason", "ROUTE_LEG", "place:vladivostok")).toBe(true);
  });
});

describe("dispatch, sanctions, trade and payments", () => {
  it("finds who dispatches workers where, with the count", async () => {
    const { findings } = await extractText(
      "Laos plans to send about 300 construction workers to Thailand next year.",
    );
    const dispatch = findings.find((f) => f.type === "DISPATCHES_WORKERS_TO");
    expect(dispatch).toMatchObject({
      source: "country:laos",
      target: "country:thailand",
      attributes: { min: 300 },
    });
  });

  it("reads workers named with their nationality and where they work as a dispatch, without a verb", async () => {
    const { findings } = await extractText(
      "The report counted North Korean workers in Poland, Malta and Angola. " +
        "Police found 40 North Korean seamstresses at a garment factory in Donggang. " +
        "North Korean workers returned from Mongolia.",
    );
    const dispatched = findings
      .filter((f) => f.type === "DISPATCHES_WORKERS_TO" && f.source === "country:north-korea")
      .map((f) => f.target)
      .sort();
    expect(dispatched).toEqual(["country:angola", "country:malta", "country:poland", "place:donggang"]);
  });

  it("takes the dispatcher from the workers' demonym in a passive sentence", async () => {
    const { findings } = await extractText(
      "Hundreds of North Korean laborers were dispatched to Mongolia last year.",
    );
    expect(hasRelation(findings, "country:north-korea", "DISPATCHES_WORKERS_TO", "country:mongolia")).toBe(
      true,
    );
  });

  it("does not take a reporting outlet as the dispatcher", async () => {
    const { findings } = await extractText("A source told Daily NK that laborers will be sent to Russia.");
    expect(findings.filter((f) => f.type === "DISPATCHES_WORKERS_TO").map((f) => f.source)).not.toContain(
      "org:daily-nk",
    );
  });

  it("links a resolution to what it bans and to the country violating it", async () => {
    const { findings } = await extractText(
      "Even though Resolution 2375 banned exports of North Korean textiles, North Korea still ships garments to China.",
    );
    expect(hasRelation(findings, "resolution:unsc-2375", "BANS", "commodity:textiles")).toBe(true);
    expect(hasRelation(findings, "country:north-korea", "VIOLATES", "resolution:unsc-2375")).toBe(true);
    expect(hasRelation(findings, "country:north-korea", "EXPORTS_TO", "country:china")).toBe(true);
  });

  it("finds a demand for repatriation and a violation stated in the next sentence", async () => {
    const { findings } = await extractText(
      "UN Security Council Resolution 2397 called for the repatriation of all North Korean nationals earning income abroad. However, North Korean authorities did not repatriate their workers.",
    );
    expect(hasRelation(findings, "resolution:unsc-2397", "DEMANDS_REPATRIATION", "country:north-korea")).toBe(
      true,
    );
    expect(hasRelation(findings, "country:north-korea", "VIOLATES", "resolution:unsc-2397")).toBe(true);
  });

  it("finds exports, imports and the port goods leave from", async () => {
    const { findings } = await extractText(
      "Iran continues to export oil to Syria. Oil exports leave from the port of Bandar Abbas. Syria also imports wheat from Russia.",
    );
    expect(hasRelation(findings, "country:iran", "EXPORTS_TO", "country:syria")).toBe(true);
    expect(hasRelation(findings, "country:iran", "EXPORTS", "commodity:oil")).toBe(true);
    expect(hasRelation(findings, "commodity:oil", "EXPORTED_FROM", "place:bandar-abbas")).toBe(true);
    expect(hasRelation(findings, "country:syria", "IMPORTS_FROM", "country:russia")).toBe(true);
    expect(hasRelation(findings, "country:syria", "IMPORTS", "commodity:wheat")).toBe(true);
  });

  it("takes the subject of each clause as the trader", async () => {
    const { findings } = await extractText(
      "North Korea exports zinc to China, while Mongolia imports fuel from Russia.",
    );
    expect(hasRelation(findings, "country:mongolia", "IMPORTS_FROM", "country:russia")).toBe(true);
    expect(hasRelation(findings, "country:mongolia", "IMPORTS", "commodity:fuel")).toBe(true);
    expect(hasRelation(findings, "country:north-korea", "IMPORTS", "commodity:fuel")).toBe(false);
    expect(hasRelation(findings, "country:north-korea", "EXPORTS", "commodity:fuel")).toBe(false);
  });

  it("finds bribes and payments with their amounts", async () => {
    const { findings } = await extractText(
      "Applicants must give cadres $300 in bribes. The Hwasong Trading Company pays each worker $120 a month.",
    );
    const bribe = findings.find((f) => f.type === "BRIBES");
    expect(bribe).toMatchObject({
      source: "group:workers",
      target: "group:cadres",
      attributes: { min: 300 },
    });
    expect(hasRelation(findings, "org:hwasong-trading-company", "PAYS", "group:workers")).toBe(true);
  });

  it("finds recruiters, visits, meetings and affiliations", async () => {
    const { findings } = await extractText(
      "The labour department of the Sinuiju People's Committee is recruiting workers. Foreign Minister Pak Chol-min visited Hanoi and met Premier Nguyen Van An. Ri Song-hui, a researcher at the Korea Labour Institute, said so.",
    );
    const bureau = "org:labour-department-of-the-sinuiju-peoples-committee";
    expect(hasRelation(findings, bureau, "RECRUITS", "group:workers")).toBe(true);
    expect(hasRelation(findings, bureau, "PART_OF", "org:sinuiju-peoples-committee")).toBe(true);
    expect(hasRelation(findings, "person:pak-chol-min", "VISITS", "place:hanoi")).toBe(true);
    expect(hasRelation(findings, "person:pak-chol-min", "MEETS", "person:nguyen-van-an")).toBe(true);
    expect(hasRelation(findings, "person:ri-song-hui", "AFFILIATED_WITH", "org:korea-labour-institute")).toBe(
      true,
    );
    expect(hasRelation(findings, "org:test-wire", "QUOTES", "person:ri-song-hui")).toBe(true);
  });

  it("places cities in provinces and countries only when the gazetteer agrees", async () => {
    const { findings } = await extractText(
      "Inns in Yanji, Jilin Province and shops in Dandong, China were full. Harbin, Moscow and Seoul were not.",
    );
    expect(hasRelation(findings, "place:yanji", "LOCATED_IN", "place:jilin-region")).toBe(true);
    expect(hasRelation(findings, "place:dandong", "LOCATED_IN", "country:china")).toBe(true);
    expect(findings.filter((f) => f.type === "LOCATED_IN")).toHaveLength(2);
    const towns = await extractText(
      "They met in Erenhot, a border town in Inner Mongolia, and a trader in Jilin Province said so.",
    );
    expect(hasRelation(towns.findings, "place:erenhot", "LOCATED_IN", "place:inner-mongolia")).toBe(true);
    expect(towns.findings.filter((f) => f.type === "LOCATED_IN")).toHaveLength(1);
  });

  it("records evidence with the sentence, its offsets, the rule and a confidence", async () => {
    const { findings, article } = await extractText(
      "Filler sentence here. North Korea sent 50 workers to Russia.",
    );
    const f = findings.find((x) => x.type === "DISPATCHES_WORKERS_TO");
    expect(f?.evidence.sentence).toBe("North Korea sent 50 workers to Russia.");
    expect(article.text.slice(f?.evidence.start, f?.evidence.end)).toBe(f?.evidence.sentence);
    expect(f?.evidence.rule).toBe("dispatch.verb-to-destination");
    expect(f?.evidence.confidence).toBeGreaterThan(0);
    expect(f?.evidence.confidence).toBeLessThanOrEqual(1);
  });
});
