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
    expect(rows.evidence.map((row) => row.claim).sort()).toEqual(legs.map((leg) => leg.key).sort());
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
