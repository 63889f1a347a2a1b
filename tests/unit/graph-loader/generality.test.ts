// The extractor on three articles it was not built from: other routes, cities, countries, people and goods.

import { beforeAll, describe, expect, it } from "vitest";
import type { CorpusExtraction } from "../../../graph-loader/model.ts";
import { extractCorpus } from "../../../graph-loader/pipeline.ts";
import { allRoutes, entity, hasRelation } from "./factories.ts";

const FIXTURES = new URL("../../fixtures/articles/", import.meta.url).pathname;
let corpus: CorpusExtraction;
const rel = (s: string, t: string, o: string) => hasRelation(corpus.relations, s, t, o);

beforeAll(async () => {
  corpus = await extractCorpus([FIXTURES]);
});

describe("fixture articles", () => {
  it("finds their people, organisations and places", () => {
    const expected = [
      "person:park-eun-sol",
      "person:li-weiguo",
      "person:hannah-lindqvist",
      "person:somsak-vongsa",
      "person:ri-man-sok",
      "org:seoul-institute-for-border-studies",
      "org:ministry-of-external-economic-relations",
      "org:asia-labour-rights-centre",
      "org:namgang-construction-company",
      "place:sinuiju",
      "place:hunchun",
      "place:vientiane",
      "place:kunming",
      "place:yalu-river",
      "country:laos",
      "country:cambodia",
    ];
    for (const id of expected) expect(entity(corpus.entities, id), id).toBeDefined();
    expect(corpus.entities.some((e) => e.type === "Person" && /Lindqvist of/.test(e.name))).toBe(false);
  });

  it("finds their routes in order", () => {
    const routes = allRoutes(corpus.relations);
    expect(routes).toContainEqual(["place:pyongyang", "place:beijing", "place:kunming", "place:vientiane"]);
    expect(routes).toContainEqual(["place:pyongyang", "place:tumen", "place:hunchun"]);
    expect(routes).toContainEqual(["place:nampo", "place:dalian"]);
    expect(routes).toContainEqual(["country:thailand", "country:cambodia"]);
    expect(routes).toContainEqual(["place:pyongyang", "place:beijing", "place:erenhot"]);
  });

  it("finds their dispatches, recruiters and trade", () => {
    expect(rel("country:north-korea", "DISPATCHES_WORKERS_TO", "country:laos")).toBe(true);
    expect(rel("country:north-korea", "DISPATCHES_WORKERS_TO", "country:cambodia")).toBe(true);
    expect(rel("org:ministry-of-external-economic-relations", "DISPATCHES_WORKERS_TO", "place:hunchun")).toBe(
      true,
    );
    expect(rel("org:namgang-construction-company", "RECRUITS", "group:workers")).toBe(true);
    expect(rel("resolution:unsc-2375", "BANS", "commodity:textiles")).toBe(true);
    expect(rel("country:north-korea", "VIOLATES", "resolution:unsc-2397")).toBe(true);
    expect(rel("country:north-korea", "IMPORTS_FROM", "country:china")).toBe(true);
    expect(rel("person:somsak-vongsa", "MEETS", "person:ri-man-sok")).toBe(true);
    expect(rel("country:north-korea", "DISPATCHES_WORKERS_TO", "country:mongolia")).toBe(true);
    expect(rel("org:general-korea-technology-company", "RECRUITS", "group:workers")).toBe(true);
    expect(rel("person:ganbold-dorj", "VISITS", "place:pyongyang")).toBe(true);
  });
});
