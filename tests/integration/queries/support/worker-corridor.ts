/**
 * A small graph of the domain for the saved-query tests: three articles (one without a known outlet), a worker
 * route Pyongyang -> Dandong -> Harbin -> Russia, a second route into Russia and one that ends in China,
 * resolutions with bans and breaches, a bribe with its amount, dispatch, recruitment and a quoted person.
 * The names are invented for tests or generic, so the queries are shown to work beyond the sample corpus.
 */
import type { GraphSpec } from "./graph-factory.ts";

const route = (id: string, leg: number) => ({ id, leg });

export const WORKER_CORRIDOR: GraphSpec = {
  articles: [
    {
      id: "a1",
      title: "Loggers bound for Russia",
      source: "Border Monitor",
      published: "2020-12",
      precision: "month",
    },
    {
      id: "a2",
      title: "Workers travel through Dandong",
      source: null,
      published: null,
      precision: "unknown",
    },
    {
      id: "a3",
      title: "Workers disguised as students",
      source: "Seoul Daily",
      published: "2024-08-21",
      precision: "day",
    },
  ],
  entities: [
    { id: "country:north-korea", name: "North Korea", type: "Country", aliases: ["DPRK"] },
    { id: "country:russia", name: "Russia", type: "Country", aliases: ["Russian Federation"] },
    { id: "country:china", name: "China", type: "Country" },
    { id: "place:pyongyang", name: "Pyongyang", type: "Place" },
    { id: "place:dandong", name: "Dandong", type: "Place" },
    { id: "place:harbin", name: "Harbin", type: "Place" },
    { id: "place:rason", name: "Rason", type: "Place", aliases: ["Nason"] },
    { id: "place:vladivostok", name: "Vladivostok", type: "Place" },
    {
      id: "resolution:2397",
      name: "UN Security Council Resolution 2397",
      type: "Resolution",
      aliases: ["UNSCR 2397"],
    },
    { id: "resolution:2371", name: "UN Security Council Resolution 2371", type: "Resolution" },
    { id: "group:workers", name: "workers", type: "Group" },
    { id: "group:cadres", name: "cadres", type: "Group" },
    { id: "commodity:coal", name: "coal", type: "Commodity" },
    { id: "amount:usd-600-700", name: "USD 600-700", type: "Amount" },
    { id: "person:kim-min", name: "Kim Min", type: "Person" },
    { id: "org:free-network", name: "Free Network", type: "Organization" },
    { id: "org:border-monitor", name: "Border Monitor", type: "Organization" },
  ],
  mentions: { a1: ["amount:usd-600-700"] },
  relations: [
    leg("place:pyongyang", "place:dandong", "a2:s1:r0", 0),
    leg("place:dandong", "place:harbin", "a2:s1:r0", 1),
    leg("place:harbin", "country:russia", "a2:s1:r0", 2),
    leg("place:rason", "place:vladivostok", "a1:s3:r0", 0),
    leg("place:pyongyang", "place:dandong", "a3:s2:r0", 0),
    located("place:vladivostok", "country:russia"),
    located("place:dandong", "country:china"),
    located("place:harbin", "country:china"),
    {
      source: "resolution:2397",
      type: "BANS",
      target: "group:workers",
      evidence: { a1: "Resolution 2397 calls for the repatriation of workers within 24 months." },
    },
    {
      source: "resolution:2371",
      type: "BANS",
      target: "commodity:coal",
      evidence: { a1: "Resolution 2371 bans coal exports." },
    },
    {
      source: "country:north-korea",
      type: "VIOLATES",
      target: "resolution:2397",
      evidence: {
        a1: "Sending workers abroad breaches Resolution 2397.",
        a3: "The dispatch defies Resolution 2397.",
      },
    },
    {
      source: "group:workers",
      type: "BRIBES",
      target: "group:cadres",
      evidence: { a1: "Workers pay bribes of USD 600-700 to cadres acting as brokers." },
    },
    {
      source: "country:north-korea",
      type: "DISPATCHES_WORKERS_TO",
      target: "country:russia",
      evidence: {
        a1: "North Korea will send 10,000 loggers to Russia.",
        a3: "North Korea sends workers to Russia.",
      },
    },
    {
      source: "group:workers",
      type: "RECRUITED_FROM",
      target: "place:pyongyang",
      evidence: { a1: "Most workers are recruited from Pyongyang." },
    },
    {
      source: "org:border-monitor",
      type: "QUOTES",
      target: "person:kim-min",
      evidence: { a2: "Kim Min told Border Monitor that the workers left in March." },
    },
    {
      source: "person:kim-min",
      type: "AFFILIATED_WITH",
      target: "org:free-network",
      evidence: { a2: "Kim Min of the Free Network said so." },
    },
  ],
};

function leg(source: string, target: string, routeId: string, index: number) {
  const article = routeId.split(":")[0] ?? "a1";
  return {
    source,
    type: "ROUTE_LEG",
    target,
    route: route(routeId, index),
    evidence: { [article]: `The workers travelled by train (leg ${index} of ${routeId}).` },
  };
}

function located(source: string, target: string) {
  return { source, type: "LOCATED_IN", target, evidence: { a1: `${source} lies in ${target}.` } };
}
