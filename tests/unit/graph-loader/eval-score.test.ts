import { describe, expect, it } from "vitest";
import type { Gold } from "../../../graph-loader/eval/gold-schema.ts";
import { prf, scoreArticle } from "../../../graph-loader/eval/score.ts";
import type { Entity, Relation } from "../../../graph-loader/model.ts";

const gold: Gold = {
  article: "a",
  entities: [
    { name: "North Korea", type: "Country", aliases: ["DPRK"] },
    { name: "Russia", type: "Country", aliases: [] },
    { name: "Kim Dong Nam", type: "Person", aliases: [] },
  ],
  relations: [
    { source: "DPRK", type: "DISPATCHES_WORKERS_TO", target: "Russia", evidence: "…" },
    { source: "Kim Dong Nam", type: "VISITS", target: "Russia", evidence: "…" },
  ],
};

const entities: Entity[] = [
  { id: "country:north-korea", name: "North Korea", type: "Country", aliases: ["DPRK"] },
  { id: "country:russia", name: "Russia", type: "Country", aliases: [] },
  { id: "place:moscow", name: "Moscow", type: "Place", aliases: [] },
  { id: "group:workers", name: "workers", type: "Group", aliases: [] },
];
const relation = (source: string, type: string, target: string): Relation => ({
  source,
  type,
  target,
  kind: "claim",
  confidence: 1,
  evidence: [],
});

describe("scoreArticle", () => {
  it("matches entities by name or alias and type, ignoring unscored types", () => {
    const s = scoreArticle(gold, entities, []);
    expect(s.entities).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    expect(s.missedEntities).toEqual(["Person Kim Dong Nam"]);
    expect(s.falseEntities).toEqual(["Place Moscow"]);
  });

  it("matches relations on resolved (source, type, target)", () => {
    const s = scoreArticle(gold, entities, [
      relation("country:north-korea", "DISPATCHES_WORKERS_TO", "country:russia"),
      relation("country:russia", "DISPATCHES_WORKERS_TO", "country:north-korea"),
    ]);
    expect(s.relations).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    expect(s.falseRelations).toEqual(["Russia -DISPATCHES_WORKERS_TO-> North Korea"]);
  });

  it("computes precision, recall and F1", () => {
    expect(prf(3, 1, 2)).toMatchObject({ precision: 0.75, recall: 0.6 });
    expect(prf(3, 1, 2).f1).toBeCloseTo(2 / 3, 5);
    expect(prf(0, 0, 0)).toMatchObject({ precision: 1, recall: 1, f1: 1 });
  });
});
