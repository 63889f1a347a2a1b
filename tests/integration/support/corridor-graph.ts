/**
 * A small known graph for the explorer's API tests: a worker route Pyongyang -> Dandong -> Harbin -> Russia told
 * by one dated article, a dispatch claim backed by two outlets (one article undated), and a separate route
 * Rason -> Vladivostok that nothing else connects to.
 */
import { createArticle, createEntity, createRelation, type GraphSpec } from "./graph-factory.ts";

export const ROUTE_SENTENCES = [
  "About 200 workers left Pyongyang for Dandong in March.",
  "From Dandong they took trains to Harbin.",
  "The workers went on from Harbin to Russia.",
] as const;

export function corridorGraph(): GraphSpec {
  const articles = [
    createArticle({
      id: "a1",
      title: "Workers leave via Dandong",
      source: "Daily NK",
      published: "2020-11",
      precision: "month",
      text: ROUTE_SENTENCES.join(" "),
    }),
    createArticle({
      id: "a2",
      title: "Freight through Rason",
      source: "Radio Free Asia",
      published: "2023-10-05",
      precision: "day",
      text: "North Korea sends workers to Russia. Trains run from Rason to Vladivostok.",
    }),
    createArticle({
      id: "a3",
      title: "An undated report",
      source: null,
      text: "The DPRK dispatches workers to Russia, Kim Dong Nam said.",
    }),
  ];
  const entities = [
    createEntity({ id: "place:pyongyang", name: "Pyongyang" }),
    createEntity({ id: "place:dandong", name: "Dandong", aliases: ["Dandong", "Tantung"] }),
    createEntity({ id: "place:harbin", name: "Harbin" }),
    createEntity({ id: "place:rason", name: "Rason", aliases: ["Rason", "Nason"] }),
    createEntity({ id: "place:vladivostok", name: "Vladivostok" }),
    createEntity({
      id: "country:russia",
      name: "Russia",
      type: "Country",
      aliases: ["Russia", "Russian Federation"],
    }),
    createEntity({
      id: "country:north-korea",
      name: "North Korea",
      type: "Country",
      aliases: ["North Korea", "DPRK"],
    }),
    createEntity({ id: "person:kim-dong-nam", name: "Kim Dong Nam", type: "Person" }),
  ];
  const [leg0, leg1, leg2] = ROUTE_SENTENCES;
  const relations = [
    createRelation("place:pyongyang", "ROUTE_LEG", "place:dandong", [{ article: "a1", sentence: leg0 }], {
      routeId: "r1",
      legIndex: 0,
    }),
    createRelation("place:dandong", "ROUTE_LEG", "place:harbin", [{ article: "a1", sentence: leg1 }], {
      routeId: "r1",
      legIndex: 1,
    }),
    createRelation("place:harbin", "ROUTE_LEG", "country:russia", [{ article: "a1", sentence: leg2 }], {
      routeId: "r1",
      legIndex: 2,
    }),
    createRelation("country:north-korea", "DISPATCHES_WORKERS_TO", "country:russia", [
      { article: "a2", sentence: "North Korea sends workers to Russia." },
      { article: "a3", sentence: "The DPRK dispatches workers to Russia, Kim Dong Nam said." },
    ]),
    createRelation(
      "place:rason",
      "ROUTE_LEG",
      "place:vladivostok",
      [{ article: "a2", sentence: "Trains run from Rason to Vladivostok." }],
      { routeId: "r2", legIndex: 0 },
    ),
  ];
  return { articles, entities, relations };
}
