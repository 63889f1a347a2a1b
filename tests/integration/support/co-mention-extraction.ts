/**
 * A small extraction with every kind of link the write stage stores — a typed claim, a RELATED claim with its
 * phrase, a route of two legs, and co-mentions — built by hand (not by the extractor), so that the graph side can
 * be tested on co-mentions whatever the extractor emits. `writeCoMentionGraph` stores it with the real loader.
 */
import type { Driver } from "neo4j-driver";
import type { Article, CorpusExtraction, Entity, Evidence, Relation } from "../../../graph-loader/model.ts";
import { writeExtraction } from "../../../graph-loader/write/writer.ts";
import { TEST_DATABASE } from "./database.ts";

export const SENTENCES = {
  claim: "Harbor Line Shipping operates the tanker Morning Star.",
  related: "The tanker Morning Star was moored beside the Blue Gull off Nampo.",
  together: "Officials in Nampo and Harbor Line Shipping declined to comment, as did the Blue Gull's owner.",
  route: "The tanker sailed from Nampo to Vladivostok and then to Busan.",
} as const;

const TEXT = Object.values(SENTENCES).join(" ");

const ARTICLE: Article = {
  id: "wire-1",
  title: "Tanker moored off Nampo",
  source: "Harbour Wire",
  url: null,
  published: { value: "2024-03-02", precision: "day" },
  authors: [],
  language: "en",
  path: "wire-1.md",
  text: TEXT,
  offsetMap: [{ textStart: 0, bodyStart: 0, length: TEXT.length }],
  dropped: [],
};

const ENTITIES: Entity[] = [
  { id: "org:harbor-line-shipping", name: "Harbor Line Shipping", type: "Organization", aliases: [] },
  { id: "vessel:morning-star", name: "Morning Star", type: "Vessel", aliases: [] },
  { id: "vessel:blue-gull", name: "Blue Gull", type: "Vessel", aliases: [] },
  { id: "place:nampo", name: "Nampo", type: "Place", aliases: [] },
  { id: "place:vladivostok", name: "Vladivostok", type: "Place", aliases: [] },
  { id: "place:busan", name: "Busan", type: "Place", aliases: [] },
];

function evidence(sentence: string, rule: string, confidence: number): Evidence {
  const start = TEXT.indexOf(sentence);
  return { article: ARTICLE.id, sentence, start, end: start + sentence.length, rule, confidence };
}

function relation(
  source: string,
  type: string,
  target: string,
  found: Evidence,
  extra: Partial<Relation> = {},
): Relation {
  return { source, type, target, kind: "claim", confidence: found.confidence, evidence: [found], ...extra };
}

function coMention(source: string, target: string, sentence: string): Relation {
  return relation(source, "CO_MENTIONED", target, evidence(sentence, "co-mention", 0.3), {
    kind: "co-mention",
  });
}

export function coMentionExtraction(): Pick<
  CorpusExtraction,
  "articles" | "entities" | "relations" | "mentions"
> {
  const route = (source: string, target: string, legIndex: number) =>
    relation(source, "ROUTE_LEG", target, evidence(SENTENCES.route, "route", 0.75), {
      routeId: "wire-1:s3:r0",
      legIndex,
    });
  return {
    articles: [ARTICLE],
    entities: ENTITIES,
    relations: [
      relation(
        "org:harbor-line-shipping",
        "OPERATES",
        "vessel:morning-star",
        evidence(SENTENCES.claim, "clause", 0.85),
      ),
      relation(
        "vessel:morning-star",
        "RELATED",
        "vessel:blue-gull",
        evidence(SENTENCES.related, "clause", 0.55),
        {
          label: "moored beside",
        },
      ),
      coMention("place:nampo", "org:harbor-line-shipping", SENTENCES.together),
      coMention("org:harbor-line-shipping", "vessel:blue-gull", SENTENCES.together),
      coMention("vessel:morning-star", "place:nampo", SENTENCES.related),
      route("place:nampo", "place:vladivostok", 0),
      route("place:vladivostok", "place:busan", 1),
    ],
    mentions: ENTITIES.map((entity) => {
      const spans = [...TEXT.matchAll(new RegExp(entity.name, "g"))].map((match) => ({
        start: match.index,
        end: match.index + entity.name.length,
        text: entity.name,
      }));
      return { article: ARTICLE.id, entity: entity.id, count: spans.length, spans };
    }),
  };
}

export async function writeCoMentionGraph(driver: Driver): Promise<void> {
  await writeExtraction(driver, coMentionExtraction(), { database: TEST_DATABASE });
}
