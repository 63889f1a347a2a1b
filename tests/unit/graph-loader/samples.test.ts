// Facts a reader looks for in the five sample articles (see the sample corpus notes), found from the text.

import { beforeAll, describe, expect, it } from "vitest";
import type { CorpusExtraction } from "../../../graph-loader/model.ts";
import { DEFAULT_ARTICLES_DIR, extractCorpus } from "../../../graph-loader/pipeline.ts";
import { allRoutes, entity, hasRelation } from "./factories.ts";

let corpus: CorpusExtraction;
const rel = (s: string, t: string, o: string) => hasRelation(corpus.relations, s, t, o);
const NK = "country:north-korea";

beforeAll(async () => {
  corpus = await extractCorpus([DEFAULT_ARTICLES_DIR]);
});

/** True when `stops` appear in this order, consecutively, in some route. */
function hasPath(stops: string[]): boolean {
  return allRoutes(corpus.relations).some((route) =>
    route.some((_, i) => stops.every((s, k) => route[i + k] === s)),
  );
}

describe("sample corpus", () => {
  it("loads all five articles with honest date precision and no skips", () => {
    expect(corpus.skipped).toEqual([]);
    const dates = Object.fromEntries(corpus.articles.map((a) => [a.id.slice(0, 3), a.published.precision]));
    expect(dates).toEqual({ "000": "year", "001": "year", "002": "unknown", "003": "month", "004": "day" });
  });

  it("finds the worker routes in travel order", () => {
    expect(hasPath(["place:pyongyang", "place:dandong", "country:russia"])).toBe(true);
    expect(hasPath(["place:dandong", "place:harbin", "country:russia"])).toBe(true);
    expect(hasPath(["place:rason", "place:hassan", "place:vladivostok", "place:ussuriysk"])).toBe(true);
    expect(hasPath(["place:rason", "place:hassan", "place:vladivostok", "place:khabarovsk"])).toBe(true);
    expect(hasPath(["place:pyongyang", "place:vladivostok"])).toBe(true);
    expect(hasPath(["place:rason", "place:vladivostok"])).toBe(true);
  });

  it("links resolutions 2397 and 2371 to worker dispatch and coal exports", () => {
    expect(rel("resolution:unsc-2397", "DEMANDS_REPATRIATION", NK)).toBe(true);
    expect(rel(NK, "VIOLATES", "resolution:unsc-2397")).toBe(true);
    expect(rel("resolution:unsc-2371", "BANS", "commodity:coal")).toBe(true);
    expect(rel(NK, "VIOLATES", "resolution:unsc-2371")).toBe(true);
    const r2397 = corpus.relations.find((r) => r.source === "resolution:unsc-2397" && r.kind === "claim");
    expect(r2397?.evidence[0]?.sentence).toContain("adopted in December 2017");
  });

  it("finds coal exported from Nampo to China and China's ban on Australian coal", () => {
    expect(rel("commodity:coal", "EXPORTED_FROM", "place:nampo")).toBe(true);
    expect(rel(NK, "EXPORTS_TO", "country:china")).toBe(true);
    expect(rel("country:china", "BANS_IMPORTS_FROM", "country:australia")).toBe(true);
  });

  it("finds the dispatch of about 10,000 workers, the bribes and the recruiting bureau", () => {
    expect(rel(NK, "DISPATCHES_WORKERS_TO", "country:russia")).toBe(true);
    expect(entity(corpus.entities, "amount:people-10000")).toBeDefined();
    const bribe = corpus.relations.find((r) => r.type === "BRIBES");
    expect(bribe).toMatchObject({
      source: "group:workers",
      target: "group:cadres",
      attributes: { min: 600, max: 700 },
    });
    const bureau = "org:external-affairs-bureau-of-the-pyongyang-peoples-committee";
    expect(rel(bureau, "RECRUITS", "group:workers")).toBe(true);
    expect(rel(bureau, "PART_OF", "org:pyongyang-peoples-committee")).toBe(true);
  });

  it("finds recruitment by region, and none in Chagang", () => {
    for (const place of [
      "pyongyang",
      "pyongan-provinces",
      "hwanghae-provinces",
      "hamgyong-provinces",
      "gangwon-province",
    ]) {
      expect(rel("group:workers", "RECRUITED_FROM", `place:${place}`)).toBe(true);
    }
    expect(rel("group:workers", "RECRUITED_FROM", "place:chagang-province")).toBe(false);
  });

  it("finds Kim Jong Un's visit, arms exports and payment in kind", () => {
    expect(rel("person:kim-jong-un", "VISITS", "country:russia")).toBe(true);
    expect(rel("place:sonbong", "LOCATED_IN", "place:rason")).toBe(true);
    for (const arm of ["rockets", "ammunition", "artillery-shells", "automatic-rifles"]) {
      expect(rel(NK, "EXPORTS", `commodity:${arm}`)).toBe(true);
    }
    for (const good of ["wheat", "cooking-oil", "oil", "gas", "lumber"])
      expect(rel(NK, "IMPORTS", `commodity:${good}`)).toBe(true);
    expect(rel("country:russia", "PAYS", NK)).toBe(true);
    expect(entity(corpus.entities, "amount:people-30")).toBeDefined();
  });

  it("finds the treaty, the minister's visit, China's demand and the recall", () => {
    const treaty = "resolution:north-korea-russia-treaty";
    expect(rel(NK, "SIGNS", treaty) && rel("country:russia", "SIGNS", treaty)).toBe(true);
    expect(rel("person:kim-sung-du", "VISITS", "country:russia")).toBe(true);
    expect(rel("country:china", "DEMANDS_REPATRIATION", NK)).toBe(true);
    expect(rel(NK, "RECALLS_WORKERS_FROM", "country:china")).toBe(true);
    expect(entity(corpus.entities, "place:tumen-river")).toBeDefined();
    expect(entity(corpus.entities, "amount:usd-750000000-1100000000")).toBeDefined();
  });

  it("finds the people and organisations quoted or named", () => {
    expect(
      rel("person:kim-dong-nam", "AFFILIATED_WITH", "org:international-network-for-a-free-north-korea"),
    ).toBe(true);
    expect(rel("person:cho-han-beom", "AFFILIATED_WITH", "org:institute-for-unification-studies")).toBe(true);
    expect(rel("org:military-railways-division", "PART_OF", "org:ministry-of-national-defense")).toBe(true);
    expect(rel("org:radio-free-asia", "QUOTES", "org:russian-embassy-in-pyongyang")).toBe(true);
    expect(rel("person:vladimir-putin", "MEETS", "person:kim-jong-un")).toBe(true);
    for (const id of ["org:dong-a-ilbo", "org:daily-nk", "org:radio-free-asia"])
      expect(entity(corpus.entities, id)).toBeDefined();
    expect(entity(corpus.entities, "org:radio-free-asia")?.aliases).toContain("RFA");
  });

  it("keeps every evidence sentence equal to the article text at its offsets", () => {
    const texts = new Map(corpus.articles.map((a) => [a.id, a.text]));
    for (const r of corpus.relations) {
      for (const e of r.evidence) expect(texts.get(e.article)?.slice(e.start, e.end)).toBe(e.sentence);
    }
  });
});
