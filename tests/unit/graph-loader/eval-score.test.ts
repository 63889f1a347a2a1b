import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { SplitResult } from "../../../graph-loader/eval/evaluate.ts";
import type { Gold } from "../../../graph-loader/eval/gold-schema.ts";
import { EvalInputError, loadSplit } from "../../../graph-loader/eval/load-split.ts";
import { formatOverall, formatSplit, toJson } from "../../../graph-loader/eval/report.ts";
import { prf, SCORED_TYPES, scoreArticle, totals } from "../../../graph-loader/eval/score.ts";
import { isSplitName, SPLITS } from "../../../graph-loader/eval/splits.ts";
import type { Entity, Relation, RelationKind } from "../../../graph-loader/model.ts";

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
const relation = (source: string, type: string, target: string, kind: RelationKind = "claim"): Relation => ({
  source,
  type,
  target,
  kind,
  confidence: 1,
  evidence: [],
});

describe("scoreArticle: entities and typed relations", () => {
  it("matches entities by name or alias and type, ignoring unscored types", () => {
    const s = scoreArticle(gold, entities, []);
    expect(s.entities).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    expect(s.missedEntities).toEqual(["Person Kim Dong Nam"]);
    expect(s.falseEntities).toEqual(["Place Moscow"]);
  });

  it("scores vessels and leaves commodities out, in the gold as in the extraction", () => {
    expect(SCORED_TYPES).toContain("Vessel");
    expect(SCORED_TYPES).not.toContain("Commodity");
    const withShip: Gold = {
      ...gold,
      entities: [
        ...gold.entities,
        { name: "Chon Ma San", type: "Vessel", aliases: ["IMO 8660313"] },
        { name: "coal", type: "Commodity", aliases: [] },
      ],
    };
    const found: Entity[] = [
      ...entities,
      { id: "vessel:chon-ma-san", name: "IMO 8660313", type: "Vessel", aliases: [] },
      { id: "commodity:oil", name: "oil", type: "Commodity", aliases: [] },
    ];
    const s = scoreArticle(withShip, found, []);
    expect(s.entities).toMatchObject({ tp: 3, fp: 1, fn: 1 });
    expect(s.missedEntities).toEqual(["Person Kim Dong Nam"]);
  });

  it("matches relations on resolved (source, type, target), claims only", () => {
    const s = scoreArticle(gold, entities, [
      relation("country:north-korea", "DISPATCHES_WORKERS_TO", "country:russia"),
      relation("country:russia", "DISPATCHES_WORKERS_TO", "country:north-korea"),
      relation("country:russia", "CO_MENTIONED", "place:moscow", "co-mention"),
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

// A small article: a ship, its owner, its flag, a person and a place; four gold pairs.
const shipGold: Gold = {
  article: "ship",
  entities: [
    { name: "Chon Ma San", type: "Vessel", aliases: [] },
    { name: "Ocean Grace Maritime Ltd", type: "Organization", aliases: ["Ocean Grace"] },
    { name: "Sierra Leone", type: "Country", aliases: [] },
    { name: "Elena Varga", type: "Person", aliases: ["Varga"] },
    { name: "London", type: "Place", aliases: [] },
    { name: "diesel", type: "Commodity", aliases: [] },
  ],
  relations: [
    { source: "Ocean Grace", type: "OWNS", target: "Chon Ma San", evidence: "owned by Ocean Grace" },
    {
      source: "Chon Ma San",
      type: "RELATED",
      label: "flagged",
      target: "Sierra Leone",
      evidence: "Sierra Leone-flagged",
    },
    { source: "Varga", type: "LOCATED_IN", target: "London", evidence: "Varga, in London" },
    { source: "Elena Varga", type: "AFFILIATED_WITH", target: "London", evidence: "Varga of London" },
    { source: "Chon Ma San", type: "TRANSPORTS", target: "diesel", evidence: "carried diesel" },
  ],
};
const shipEntities: Entity[] = [
  { id: "vessel:chon-ma-san", name: "Chon Ma San", type: "Vessel", aliases: [] },
  // Mistyped, yet the same thing by name: its links still count for the pair.
  { id: "place:ocean-grace", name: "Ocean Grace", type: "Place", aliases: [] },
  { id: "country:sierra-leone", name: "Sierra Leone", type: "Country", aliases: [] },
  { id: "person:elena-varga", name: "Elena Varga", type: "Person", aliases: [] },
  { id: "place:london", name: "London", type: "Place", aliases: [] },
  { id: "place:shanghai", name: "Shanghai", type: "Place", aliases: [] },
  { id: "commodity:diesel", name: "diesel", type: "Commodity", aliases: [] },
  { id: "amount:500", name: "500 tonnes", type: "Amount", aliases: [] },
];

describe("scoreArticle: linked pairs", () => {
  it("counts a gold pair found in either direction with any type, once", () => {
    const s = scoreArticle(shipGold, shipEntities, [
      relation("vessel:chon-ma-san", "OWNS", "place:ocean-grace"), // reversed direction, wrong type
      relation("country:sierra-leone", "RELATED", "vessel:chon-ma-san"),
      relation("vessel:chon-ma-san", "LOCATED_IN", "country:sierra-leone"), // same pair again
    ]);
    expect(s.pairs.claims).toMatchObject({ tp: 2, fp: 0, fn: 1 });
    expect(s.missedPairs.map((m) => m.pair)).toEqual(["Elena Varga — London"]);
    expect(s.missedPairs[0]?.evidence).toBe("Varga, in London");
  });

  it("keeps pairs to unscored gold entities (commodities) out of the gold pairs", () => {
    const s = scoreArticle(shipGold, shipEntities, []);
    expect(s.pairs.claims).toMatchObject({ tp: 0, fp: 0, fn: 3 });
  });

  it("counts co-mentions only in the claims-plus-co-mentions figures", () => {
    const s = scoreArticle(shipGold, shipEntities, [
      relation("vessel:chon-ma-san", "OWNS", "place:ocean-grace"),
      relation("person:elena-varga", "CO_MENTIONED", "place:london", "co-mention"),
      relation("vessel:chon-ma-san", "CO_MENTIONED", "person:elena-varga", "co-mention"),
    ]);
    expect(s.pairs.claims).toMatchObject({ tp: 1, fp: 0, fn: 2 });
    expect(s.pairs.withCoMentions).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    expect(s.missedPairs).toEqual([
      { pair: "Chon Ma San — Sierra Leone", evidence: "Sierra Leone-flagged", coMentioned: false },
      { pair: "Elena Varga — London", evidence: "Varga, in London", coMentioned: true },
    ]);
    expect(s.relations.fp).toBe(1); // the wrong-typed claim, never the co-mentions
  });

  it("counts a link to a non-gold entity as false only when both ends are of scored types", () => {
    const s = scoreArticle(shipGold, shipEntities, [
      relation("vessel:chon-ma-san", "LOCATED_IN", "place:shanghai"), // Shanghai is not in the gold
      relation("vessel:chon-ma-san", "TRANSPORTS", "commodity:diesel"), // commodities are not scored
      relation("vessel:chon-ma-san", "TRANSPORTS", "amount:500"),
      relation("person:elena-varga", "RELATED", "person:elena-varga"), // a self-link
    ]);
    expect(s.pairs.claims).toMatchObject({ tp: 0, fp: 1, fn: 3 });
    expect(s.falsePairs).toEqual(["Chon Ma San — Shanghai"]);
  });

  it("counts a link between two gold entities the gold does not join as a false pair", () => {
    const s = scoreArticle(shipGold, shipEntities, [
      relation("country:sierra-leone", "MEETS", "place:london"),
    ]);
    expect(s.pairs.claims).toMatchObject({ tp: 0, fp: 1, fn: 3 });
    expect(s.falsePairs).toEqual(["Sierra Leone — London"]);
  });

  it("adds pairs up over articles (micro average)", () => {
    const one = scoreArticle(shipGold, shipEntities, [
      relation("vessel:chon-ma-san", "OWNS", "place:ocean-grace"),
    ]);
    const two = scoreArticle(gold, entities, [relation("country:russia", "SIGNS", "place:moscow")]);
    const t = totals([one, two]);
    expect(t.pairs.claims).toMatchObject({ tp: 1, fp: 1, fn: 2 + 2 });
    expect(t.pairs.claims.precision).toBeCloseTo(0.5, 5);
  });
});

describe("splits", () => {
  const score = scoreArticle(shipGold, shipEntities, []);
  const result = (frozen: boolean): SplitResult => ({
    split: frozen ? "test" : "dev",
    frozen,
    gold: { articles: 1, entities: 5, relations: 5 },
    articles: [score],
    totals: totals([score]),
  });

  it("names four splits, the test and fresh splits frozen", () => {
    expect(SPLITS.map((s) => [s.name, s.frozen])).toEqual([
      ["samples", false],
      ["dev", false],
      ["test", true],
      ["fresh", true],
    ]);
    expect(isSplitName("dev")).toBe(true);
    expect(isSplitName("train")).toBe(false);
  });

  it("shows a frozen split's totals only, even when verbose", () => {
    const text = formatSplit(result(true), true);
    expect(text).toContain("total");
    expect(text).not.toContain("ship");
    expect(text).not.toContain("Elena Varga");
    expect(text).not.toContain("missed");
    const json = toJson([result(true)]);
    expect(json.splits[0]).not.toHaveProperty("articles");
    expect(JSON.stringify(json)).not.toContain("Elena Varga");
  });

  it("shows an open split's articles, and its missed pairs with evidence when verbose", () => {
    expect(formatSplit(result(false), false)).toContain("ship");
    expect(formatSplit(result(false), false)).not.toContain("missed pairs");
    const verbose = formatSplit(result(false), true);
    expect(verbose).toContain('Elena Varga — London — "Varga, in London"');
    expect(toJson([result(false)]).splits[0]?.articles).toHaveLength(1);
  });

  it("adds every split's articles into the overall totals", () => {
    const overall = toJson([result(false), result(true)]).overall;
    expect(overall.pairs.claims.fn).toBe(6);
    expect(formatOverall([result(false), result(true)])).toContain("2 articles in dev, test");
  });

  it("finds each gold file's article by its id, and says which one is missing", async () => {
    const root = await mkdtemp(join(tmpdir(), "eval-split-"));
    await mkdir(join(root, "gold"));
    await mkdir(join(root, "articles"));
    await writeFile(join(root, "gold", "one.json"), JSON.stringify({ ...shipGold, article: "one" }));
    await writeFile(join(root, "articles", "one.md"), "---\ntitle: One\n---\nText.\n");
    const split = {
      name: "dev" as const,
      articleDirs: [join(root, "articles")],
      goldDir: join(root, "gold"),
      frozen: false,
    };
    const loaded = await loadSplit(split);
    expect(loaded.articlePaths).toEqual([join(root, "articles", "one.md")]);
    expect(loaded.golds[0]?.relations[1]?.label).toBe("flagged");

    await writeFile(join(root, "gold", "two.json"), JSON.stringify({ ...shipGold, article: "two" }));
    await expect(loadSplit(split)).rejects.toThrow(EvalInputError);
    await expect(loadSplit(split)).rejects.toThrow(/"two".*no article file named two\.md/);
  });

  it("rejects a gold file that does not match the schema, naming the file", async () => {
    const root = await mkdtemp(join(tmpdir(), "eval-split-"));
    await writeFile(join(root, "bad.json"), JSON.stringify({ article: "bad", entities: [{ name: "X" }] }));
    const split = { name: "dev" as const, articleDirs: [root], goldDir: root, frozen: false };
    await expect(loadSplit(split)).rejects.toThrow(/bad\.json: gold file does not match/);
  });
});
