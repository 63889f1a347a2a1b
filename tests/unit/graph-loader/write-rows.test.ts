import { describe, expect, it } from "vitest";
import type { Relation } from "../../../graph-loader/model.ts";
import { combineExtractions } from "../../../graph-loader/pipeline.ts";
import { claimKey, toWriteRows } from "../../../graph-loader/write/rows.ts";
import { extractText } from "./factories.ts";

const ROUTE = "The workers travelled from Pyongyang to Dandong and then via Harbin to Russia.";

describe("toWriteRows", () => {
  it("groups entities by label and relations by type, with one evidence row per sentence", async () => {
    const extraction = await extractText(ROUTE);
    const rows = toWriteRows({ ...combineExtractions([extraction]), mentions: [] });
    expect([...rows.entitiesByLabel.keys()]).toEqual(expect.arrayContaining(["Place", "Country"]));
    const legs = rows.relationsByType.get("ROUTE_LEG") ?? [];
    expect(legs.map((leg) => leg.legIndex).sort()).toEqual([0, 1, 2]);
    expect(new Set(legs.map((leg) => leg.routeId)).size).toBe(1);
    expect(rows.evidence.every((row) => row.sentence === ROUTE)).toBe(true);
    // The sentence also gives co-mentions of the places no claim joins; the legs' evidence is theirs alone.
    const legKeys = new Set(legs.map((leg) => leg.key));
    const legEvidence = rows.evidence.filter((row) => legKeys.has(row.claim));
    expect(legEvidence.map((row) => row.claim).sort()).toEqual([...legKeys].sort());
  });

  it("gives the same ids for the same extraction, so that writing twice changes nothing", async () => {
    const first = toWriteRows({ ...combineExtractions([await extractText(ROUTE)]), mentions: [] });
    const second = toWriteRows({ ...combineExtractions([await extractText(ROUTE)]), mentions: [] });
    expect(second.evidence.map((row) => row.id)).toEqual(first.evidence.map((row) => row.id));
    expect(second.articles[0]?.contentHash).toBe(first.articles[0]?.contentHash);
  });

  it("refuses a relation type that could not be written safely into Cypher", () => {
    const relation: Relation = {
      source: "country:a",
      type: "X]->() DETACH DELETE n //",
      target: "country:b",
      kind: "claim",
      confidence: 1,
      evidence: [],
    };
    expect(() => toWriteRows({ articles: [], entities: [], relations: [relation], mentions: [] })).toThrow(
      /not a valid relation type/,
    );
  });
});

describe("claimKey", () => {
  it("tells route legs apart by route and position, and other relations by their ends and type", () => {
    const base = { source: "place:a", type: "ROUTE_LEG", target: "place:b" };
    expect(claimKey(base)).toBe("place:a|ROUTE_LEG|place:b");
    expect(claimKey({ ...base, routeId: "r1", legIndex: 0 })).not.toBe(
      claimKey({ ...base, routeId: "r2", legIndex: 0 }),
    );
    expect(claimKey({ ...base, routeId: "r1", legIndex: 0 })).not.toBe(
      claimKey({ ...base, routeId: "r1", legIndex: 1 }),
    );
  });
});

describe("claim kinds, labels and routes in the rows", () => {
  const evidence = { article: "a1", sentence: "s", start: 0, end: 1, rule: "r", confidence: 0.5 };
  const relation = (extra: Partial<Relation>): Relation => ({
    source: "vessel:a",
    type: "RELATED",
    target: "vessel:b",
    kind: "claim",
    confidence: 0.5,
    evidence: [evidence],
    ...extra,
  });

  it("keeps RELATED claims with different phrases apart, and co-mentions apart from claims", () => {
    expect(claimKey(relation({ label: "moored beside" }))).not.toBe(claimKey(relation({ label: "insured" })));
    expect(claimKey(relation({ type: "CO_MENTIONED", kind: "co-mention" }))).not.toBe(
      claimKey(relation({ label: "moored beside" })),
    );
  });

  it("carries kind and label on relation rows, and names each route leg by its route's ends", () => {
    const rows = toWriteRows({
      articles: [],
      entities: [
        { id: "place:a", name: "Alpha", type: "Place", aliases: [] },
        { id: "place:c", name: "Gamma", type: "Place", aliases: [] },
      ],
      relations: [
        relation({ label: "moored beside" }),
        relation({ type: "CO_MENTIONED", kind: "co-mention" }),
        relation({ type: "ROUTE_LEG", source: "place:b", target: "place:c", routeId: "r", legIndex: 1 }),
        relation({ type: "ROUTE_LEG", source: "place:a", target: "place:b", routeId: "r", legIndex: 0 }),
      ],
      mentions: [],
    });
    expect(rows.relationsByType.get("RELATED")?.[0]).toMatchObject({ kind: "claim", label: "moored beside" });
    expect(rows.relationsByType.get("CO_MENTIONED")?.[0]).toMatchObject({ kind: "co-mention", label: null });
    expect(rows.relationsByType.get("ROUTE_LEG")?.map((row) => row.route)).toEqual([
      "Alpha → Gamma",
      "Alpha → Gamma",
    ]);
  });
});
