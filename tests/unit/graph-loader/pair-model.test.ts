import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SPLITS } from "../../../graph-loader/eval/splits.ts";
import {
  acceptedFigures,
  chooseThreshold,
  type Example,
  fitPairModel,
} from "../../../graph-loader/eval/train-pairs.ts";
import { tagSentence } from "../../../graph-loader/extract/relations/clauses/tagged-sentence.ts";
import { pairFeatures } from "../../../graph-loader/extract/relations/pairs/pair-features.ts";
import {
  PairModelError,
  pairProbability,
  parsePairModel,
} from "../../../graph-loader/extract/relations/pairs/pair-model.ts";
import { promotePairs } from "../../../graph-loader/extract/relations/pairs/promote-pairs.ts";
import type { EntityType, RelationFinding, ResolvedMention, Sentence } from "../../../graph-loader/model.ts";

function sentenceOf(text: string): Sentence {
  return { index: 0, start: 0, end: text.length, text };
}

function mention(sentence: Sentence, name: string, type: EntityType, id: string): ResolvedMention {
  const start = sentence.text.indexOf(name);
  if (start < 0) throw new Error(`${name} is not in the sentence`);
  return {
    start,
    end: start + name.length,
    text: name,
    type,
    sentenceIndex: 0,
    detector: "test",
    entityId: id,
  };
}

function coMention(sentence: Sentence, source: string, target: string): RelationFinding {
  return {
    source,
    type: "CO_MENTIONED",
    target,
    kind: "co-mention",
    evidence: {
      article: "a",
      sentence: sentence.text,
      start: 0,
      end: sentence.end,
      rule: "co-mention.sentence",
      confidence: 0.2,
    },
  };
}

describe("pair features", () => {
  const s = sentenceOf("Kim Chol, who ran Korea Ocean Shipping, met officials in Vladivostok and Nakhodka.");
  const kim = mention(s, "Kim Chol", "Person", "person:kim");
  const ship = mention(s, "Korea Ocean Shipping", "Organization", "org:kos");
  const vlad = mention(s, "Vladivostok", "Place", "place:vlad");
  const nak = mention(s, "Nakhodka", "Place", "place:nak");
  const all = [kim, ship, vlad, nak];
  const words = tagSentence(s.text, 0);

  it("reads what stands between two names: a relative pronoun, a verb, a comma", () => {
    const f = pairFeatures({ sentence: s, words, a: ship, b: kim, mentions: all });
    expect(f["relative-pronoun"]).toBe(1);
    expect(f.comma).toBe(1);
    expect(f["verbs-between<=1"]).toBe(1);
    expect(f["types:Organization+Person"]).toBe(1);
    expect(f["first:Person"]).toBe(1);
    expect(f["names-between<=0"]).toBe(1);
  });

  it("sees the names and the coordination between two places far apart", () => {
    const f = pairFeatures({ sentence: s, words, a: kim, b: nak, mentions: all });
    expect(f["names-between<=2"]).toBe(1);
    expect(f.coordination).toBe(1);
    expect(f["second:Place"]).toBe(1);
    const near = pairFeatures({ sentence: s, words, a: vlad, b: nak, mentions: all });
    expect(near["only-prepositions"]).toBeUndefined();
    expect(near["words<=1"]).toBe(1);
  });
});

describe("the pair model", () => {
  it("gives the logistic of the weighted features", () => {
    expect(pairProbability({ bias: 0, weights: {} }, { x: 1 })).toBeCloseTo(0.5);
    expect(pairProbability({ bias: -1, weights: { x: 3 } }, { x: 1 })).toBeCloseTo(1 / (1 + Math.exp(-2)));
  });

  it("refuses a model file that is not JSON or lacks its fields, with a clear error", () => {
    expect(() => parsePairModel("{")).toThrow(PairModelError);
    expect(() => parsePairModel('{"bias": 0}')).toThrow(/pair-model\.json[\s\S]*train:pairs/);
  });

  it("ships a model trained on splits that are not frozen", () => {
    const text = readFileSync(
      new URL("../../../graph-loader/extract/data/pair-model.json", import.meta.url),
      "utf8",
    );
    const model = parsePairModel(text);
    const frozen = SPLITS.filter((s) => s.frozen).map((s) => s.name);
    expect(model.trainedOn.some((name) => frozen.includes(name as never))).toBe(false);
    expect(Object.keys(model.weights).length).toBeGreaterThan(10);
  });
});

describe("training", () => {
  const examples: Example[] = [];
  for (let i = 0; i < 40; i++) {
    examples.push({
      article: `a${i % 4}`,
      features: { verb: 1, [`noise${i % 3}`]: 1 },
      linked: i % 10 !== 0,
      asked: true,
    });
    examples.push({
      article: `a${i % 4}`,
      features: { comma: 1, [`noise${i % 3}`]: 1 },
      linked: i % 10 === 0,
      asked: true,
    });
  }

  it("learns which features mark a stated link", () => {
    const model = fitPairModel(examples);
    expect(model.weights.verb ?? 0).toBeGreaterThan(0.5);
    expect(model.weights.comma ?? 0).toBeLessThan(-0.5);
    expect(pairProbability(model, { verb: 1 })).toBeGreaterThan(0.7);
    expect(pairProbability(model, { comma: 1 })).toBeLessThan(0.3);
  });

  it("chooses the lowest threshold that keeps the wanted precision", () => {
    const scored = [
      { probability: 0.9, linked: true, asked: true },
      { probability: 0.8, linked: true, asked: true },
      { probability: 0.7, linked: false, asked: true },
      { probability: 0.6, linked: true, asked: true },
      { probability: 0.5, linked: false, asked: true },
      { probability: 0.4, linked: false, asked: true },
    ];
    expect(chooseThreshold(scored, 0.75, 2)).toBe(0.6);
    expect(chooseThreshold(scored, 0.99, 2)).toBe(0.8);
    expect(chooseThreshold(scored, 0.99, 3)).toBe(1);
    expect(acceptedFigures(scored, 0.6)).toMatchObject({ accepted: 4, linked: 3, positives: 3, recall: 1 });
  });
});

describe("promoting co-mentions", () => {
  const s = sentenceOf("Ri Song-chol chartered Sea Star from Golden Tide Ltd.");
  const ri = mention(s, "Ri Song-chol", "Person", "person:ri");
  const star = mention(s, "Sea Star", "Vessel", "vessel:sea-star");
  const tide = mention(s, "Golden Tide Ltd.", "Organization", "org:golden-tide");
  const accepting = { trainedOn: ["dev"], bias: -1, weights: { "verbs-between<=1": 3 }, threshold: 0.6 };

  it("turns a co-mention the model accepts into a RELATED claim in text order, labelled by its words", () => {
    const findings = [coMention(s, "vessel:sea-star", "person:ri")];
    const [claim] = promotePairs([s], [ri, star, tide], findings, accepting);
    expect(claim).toMatchObject({
      source: "person:ri",
      target: "vessel:sea-star",
      type: "RELATED",
      kind: "claim",
      label: "chartered",
    });
    expect(claim?.evidence.rule).toBe("pair-model");
  });

  it("leaves a co-mention the model doubts, and a pair a claim of the article already links", () => {
    const doubting = { ...accepting, threshold: 0.99 };
    const findings = [coMention(s, "vessel:sea-star", "person:ri")];
    expect(promotePairs([s], [ri, star, tide], findings, doubting)).toEqual(findings);
    const claimed: RelationFinding = {
      ...coMention(s, "person:ri", "vessel:sea-star"),
      type: "OPERATES",
      kind: "claim",
    };
    const both = [claimed, ...findings];
    expect(promotePairs([s], [ri, star, tide], both, accepting)).toEqual(both);
  });
});
