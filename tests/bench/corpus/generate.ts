/**
 * A deterministic synthetic corpus of the sample's domain: articles built from templates over real places and
 * generated people and organisations, each with the facts it states (its ground truth). The same count and seed
 * always give the same files, so load, query and render costs can be compared at 1x, 100x and 1,000x.
 */
import fs from "node:fs";
import path from "node:path";
import * as words from "./vocabulary.ts";

export interface SyntheticArticle {
  id: string;
  text: string;
  truth: {
    dispatches: Array<[string, string]>;
    routes: string[][];
    people: string[];
    organisations: string[];
  };
}

/** mulberry32: a small, fast, seedable generator; Math.random cannot be seeded. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateCorpus(count: number, seed = 1): SyntheticArticle[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  return Array.from({ length: count }, (_, index) => {
    const country = pick(words.DESTINATION_COUNTRIES);
    const route = [
      pick(words.NORTH_KOREAN_CITIES),
      pick(words.TRANSIT_CITIES),
      pick(words.DESTINATION_CITIES),
    ];
    const person = words.personName(Math.floor(next() * 1728));
    const expert = words.personName(Math.floor(next() * 1728));
    const company = words.organisationName(Math.floor(next() * 32));
    const institute = words.instituteName(index);
    const workers = 50 + Math.floor(next() * 2000);
    const sentences = [
      `North Korea has sent about ${workers} workers to ${country}, sources said.`,
      `The workers travelled from ${route[0]} to ${route[1]} by train and then to ${route[2]}.`,
      `The ${company} recruited the workers, said ${person}, a manager who left the company last year.`,
      `"The dispatch violates Resolution ${pick(words.RESOLUTIONS)}," said ${expert}, a ${words.title(index)} at the ${institute}.`,
      `${country} also imports ${pick(words.COMMODITIES)} from North Korea.`,
      `Each worker pays cadres about USD ${100 + Math.floor(next() * 900)} in bribes to be selected.`,
    ];
    return {
      id: `synthetic-${String(index).padStart(5, "0")}`,
      text: sentences.join(" "),
      truth: {
        dispatches: [["North Korea", country]],
        routes: [route],
        people: [person, expert],
        organisations: [company, institute],
      },
    };
  });
}

export function writeCorpus(dir: string, articles: SyntheticArticle[]): string[] {
  fs.mkdirSync(dir, { recursive: true });
  return articles.map((article, index) => {
    const file = path.join(dir, `${article.id}.md`);
    const month = String((index % 12) + 1).padStart(2, "0");
    const header = `---\ntitle: Synthetic report ${index + 1}\nsource: Synthetic Wire ${index % 7}\npublished: 2023-${month}\nlanguage: en\n---\n`;
    fs.writeFileSync(file, `${header}\n${article.text}\n`);
    return file;
  });
}
