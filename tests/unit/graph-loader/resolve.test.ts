import { describe, expect, it } from "vitest";
import { mergeEntities } from "../../../graph-loader/resolve/merge-entities.ts";
import { entity, extractText } from "./factories.ts";

describe("resolution to entities", () => {
  it("resolves aliases, possessives, demonyms and 'the North' to one country", async () => {
    const { entities, mentions } = await extractText(
      "North Korea's workers left. The DPRK denied it, the North said, and North Korean officials agreed.",
    );
    const nk = mentions.filter((m) => m.entityId === "country:north-korea").map((m) => m.text);
    expect(nk).toEqual(["North Korea", "DPRK", "the North", "North Korean"]);
    expect(entity(entities, "country:north-korea")?.aliases).toEqual(
      expect.arrayContaining(["DPRK", "North Korean"]),
    );
  });

  it("strips titles and completes short names within the article", async () => {
    const { mentions } = await extractText(
      "Education Minister Kim Sung-du visited Moscow. Later, Minister Kim said the plan works. President Vladimir Putin agreed, and Putin smiled.",
    );
    const people = mentions.filter((m) => m.type === "Person").map((m) => `${m.text}=${m.entityId}`);
    expect(people).toEqual([
      "Kim Sung-du=person:kim-sung-du",
      "Kim=person:kim-sung-du",
      "Vladimir Putin=person:vladimir-putin",
      "Putin=person:vladimir-putin",
    ]);
  });

  it("resolves a title that stands for a leader", async () => {
    const { mentions } = await extractText("Chairman Kim met officials.");
    expect(mentions.find((m) => m.text === "Chairman Kim")?.entityId).toBe("person:kim-jong-un");
  });

  it("splits hyphenated pairs into both countries and names the treaty between them", async () => {
    const { mentions } = await extractText("After the North Korea-Russia treaty, trade grew.");
    const ids = mentions.map((m) => m.entityId);
    expect(ids).toEqual(
      expect.arrayContaining([
        "country:north-korea",
        "country:russia",
        "resolution:north-korea-russia-treaty",
      ]),
    );
  });

  it("drops a lone surname with no full name in the article", async () => {
    const { mentions } = await extractText("Lee said the trains were full.");
    expect(mentions.filter((m) => m.type === "Person")).toEqual([]);
  });

  it("gives entities the gazetteer's spellings and a resolution's usual forms the article never wrote", async () => {
    const { entities } = await extractText(
      "North Korea ignored Resolution 2397 and the vessel Sea Finch (IMO 9123456).",
    );
    const aliases = (id: string) => entities.find((e) => e.id === id)?.aliases ?? [];
    expect(aliases("country:north-korea")).toEqual(
      expect.arrayContaining(["DPRK", "Democratic People's Republic of Korea", "North Korean"]),
    );
    expect(aliases("resolution:unsc-2397")).toEqual(
      expect.arrayContaining(["UNSC 2397", "UNSCR 2397", "Resolution 2397", "S/RES/2397"]),
    );
    const ship = entities.find((e) => e.type === "Vessel");
    expect(ship).toMatchObject({ id: "vessel:sea-finch", attributes: { imo: "9123456" } });
    expect(ship?.aliases).toContain("IMO 9123456");
  });

  it("gives the same ids in every article and run, and merges aliases", async () => {
    const a = await extractText("Workers went to Nason from Pyongyang.", { id: "a" });
    const b = await extractText("Workers went to Rajin-Sonbong and Rason.", { id: "b" });
    const merged = mergeEntities([a.entities, b.entities]);
    const rason = merged.filter((e) => e.id === "place:rason");
    expect(rason).toHaveLength(1);
    expect(rason[0]?.aliases).toEqual(expect.arrayContaining(["Nason", "Rajin-Sonbong"]));
    expect(new Set(rason[0]?.aliases).size).toBe(rason[0]?.aliases.length);
    expect(rason[0]?.lat).toBeCloseTo(42.26, 1);
  });
});
