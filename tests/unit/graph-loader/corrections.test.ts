import { describe, expect, it } from "vitest";
import { applyCorrections, type CorrectableGraph } from "../../../graph-loader/corrections/apply.ts";
import { correctionsSchema } from "../../../graph-loader/corrections/schema.ts";
import type { Entity, Relation } from "../../../graph-loader/model.ts";

function createEntity(overrides: Partial<Entity> & { id: string }): Entity {
  return {
    name: overrides.id.split(":")[1] ?? overrides.id,
    type: "Organization",
    aliases: [],
    ...overrides,
  };
}

function createRelation(source: string, type: string, target: string): Relation {
  const evidence = [{ article: "a", sentence: "s", start: 0, end: 1, rule: "test", confidence: 0.5 }];
  return { source, type, target, kind: "claim", confidence: 0.5, evidence };
}

function createGraph(): CorrectableGraph {
  return {
    entities: [
      createEntity({ id: "org:rfa", name: "RFA" }),
      createEntity({ id: "org:radio-free-asia", name: "Radio Free Asia" }),
      createEntity({ id: "country:russia", name: "Russia", type: "Country" }),
      createEntity({ id: "org:noise", name: "Noise" }),
    ],
    relations: [
      createRelation("org:rfa", "QUOTES", "country:russia"),
      createRelation("org:noise", "QUOTES", "country:russia"),
    ],
    mentions: [{ article: "a", entity: "org:rfa", count: 2, spans: [] }],
  };
}

const corrections = (raw: unknown) => correctionsSchema.parse(raw);

describe("applyCorrections", () => {
  it("merges one entity into another, moving relations, mentions and names", () => {
    const out = applyCorrections(
      createGraph(),
      corrections({ merge: [{ from: "org:rfa", into: "org:radio-free-asia" }] }),
    );
    expect(out.entities.map((e) => e.id)).not.toContain("org:rfa");
    expect(out.entities.find((e) => e.id === "org:radio-free-asia")?.aliases).toEqual(["RFA"]);
    expect(out.relations.some((r) => r.source === "org:radio-free-asia" && r.type === "QUOTES")).toBe(true);
    expect(out.mentions[0]?.entity).toBe("org:radio-free-asia");
  });

  it("renames, keeping the old name as an alias", () => {
    const out = applyCorrections(
      createGraph(),
      corrections({ rename: [{ id: "country:russia", name: "Russian Federation" }] }),
    );
    expect(out.entities.find((e) => e.id === "country:russia")).toMatchObject({
      name: "Russian Federation",
      aliases: ["Russia"],
    });
  });

  it("suppresses entities with their relations, and relations by key", () => {
    const out = applyCorrections(
      createGraph(),
      corrections({
        suppress: { entities: ["org:noise"], relations: [{ source: "org:rfa", type: "QUOTES" }] },
      }),
    );
    expect(out.entities.map((e) => e.id)).not.toContain("org:noise");
    expect(out.relations).toEqual([]);
  });

  it("adds entities and relations with their evidence", () => {
    const out = applyCorrections(
      createGraph(),
      corrections({
        add: {
          entities: [{ id: "place:khasan", name: "Khasan", type: "Place" }],
          relations: [
            {
              source: "place:khasan",
              type: "LOCATED_IN",
              target: "country:russia",
              evidence: { article: "a", sentence: "Khasan is in Russia." },
            },
          ],
        },
      }),
    );
    expect(out.entities.map((e) => e.id)).toContain("place:khasan");
    const added = out.relations.find((r) => r.source === "place:khasan");
    expect(added?.evidence[0]).toMatchObject({ article: "a", rule: "correction", confidence: 1 });
  });

  it("sets coordinates on a found entity, on an added one, and on the target of a merge", () => {
    const graph = createGraph();
    graph.entities.push(createEntity({ id: "place:rason", name: "Rason", type: "Place", lat: 1, lon: 2 }));
    const out = applyCorrections(
      graph,
      corrections({
        merge: [{ from: "org:rfa", into: "org:radio-free-asia" }],
        coordinates: [
          { id: "place:rason", lat: 42.2569, lon: 130.2976 },
          { id: "place:khasan", lat: 42.4307, lon: 130.6436 },
          { id: "org:radio-free-asia", lat: 38.9, lon: -77.03 },
        ],
        add: { entities: [{ id: "place:khasan", name: "Khasan", type: "Place" }] },
      }),
    );
    const byId = new Map(out.entities.map((e) => [e.id, e]));
    expect(byId.get("place:rason")).toMatchObject({ name: "Rason", lat: 42.2569, lon: 130.2976 });
    expect(byId.get("place:khasan")).toMatchObject({ lat: 42.4307, lon: 130.6436 });
    expect(byId.get("org:radio-free-asia")).toMatchObject({ lat: 38.9, lon: -77.03 });
    expect(byId.get("country:russia")?.lat).toBeUndefined();
  });

  it("rejects coordinates outside the globe, and missing ones", () => {
    expect(() => corrections({ coordinates: [{ id: "place:x", lat: 91, lon: 0 }] })).toThrow();
    expect(() => corrections({ coordinates: [{ id: "place:x", lat: 10, lon: 181 }] })).toThrow();
    expect(() => corrections({ coordinates: [{ id: "place:x", lat: 10 }] })).toThrow();
  });

  it("does not change its input", () => {
    const graph = createGraph();
    const before = JSON.stringify(graph);
    applyCorrections(
      graph,
      corrections({
        merge: [{ from: "org:rfa", into: "org:radio-free-asia" }],
        suppress: { entities: ["org:noise"] },
      }),
    );
    expect(JSON.stringify(graph)).toBe(before);
  });

  it("rejects an unknown entity type", () => {
    expect(() => corrections({ add: { entities: [{ id: "x:y", name: "Y", type: "Planet" }] } })).toThrow();
  });
});
