// Builds the compact gazetteer: open data + hand data, indexed by folded spelling. A process builds it once at
// most, and only when the compiled copy on disk (compiled-cache.ts) is missing or out of date.

import nlp from "compromise";
import type { EntityType } from "../model.ts";
import {
  compiledGazetteerFile,
  compileGazetteer,
  decompileGazetteer,
  readCompiledGazetteer,
  writeCompiledGazetteer,
} from "./compiled-cache.ts";
import { foldName, slugify } from "./fold.ts";
import { type HandData, loadHandData, type NamedRecord } from "./hand-data.ts";
import { cityEntries, countryEntries, demonymsOf, PRIORITY, provinceEntries } from "./open-data.ts";
import type { AliasHit, Gazetteer, GazetteerEntry } from "./types.ts";

const NAME_TAGS = new Set(["Place", "City", "Country", "Region", "Demonym", "FirstName", "LastName"]);

/** A place name that is also an ordinary English word ("Reading", "Most") or listed in the stop list. */
export function makeCommonWordTest(stoplist: Set<string>): (name: string) => boolean {
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  return (name) => {
    if (stoplist.has(name)) return true;
    if (/\s/.test(name)) return false;
    const tag = lexicon[name.toLowerCase()];
    if (tag === undefined) return false;
    const tags = Array.isArray(tag) ? tag : [tag];
    return !tags.some((t) => NAME_TAGS.has(t) || t.endsWith("Name"));
  };
}

function handEntries(records: NamedRecord[], type: EntityType, prefix: string): GazetteerEntry[] {
  return records.map((r) => {
    const entry: GazetteerEntry = {
      id: `${prefix}:${slugify(r.name)}`,
      name: r.name,
      type,
      aliases: r.aliases,
      priority: PRIORITY.hand,
    };
    if (r.country) entry.country = r.country;
    if (r.lat !== undefined && r.lon !== undefined) Object.assign(entry, { lat: r.lat, lon: r.lon });
    return entry;
  });
}

function addHit(
  index: Map<string, AliasHit[]>,
  alias: string,
  entry: GazetteerEntry,
  demonym: boolean,
): void {
  const key = foldName(alias);
  if (key.length === 0) return;
  const hits = index.get(key) ?? [];
  // Each spelling of an entry is kept: "UN Sanctions Committee" must not hide "UN sanctions committee".
  if (hits.some((h) => h.entryId === entry.id && h.alias === alias)) return;
  const anyCase = alias === alias.toLowerCase();
  hits.push({ entryId: entry.id, alias, anyCase, demonym });
  index.set(key, hits);
}

/** Assembles entries from all sources; on an id clash the first (highest priority) keeps it. */
export function assembleGazetteer(groups: GazetteerEntry[][]): Gazetteer {
  const entries = new Map<string, GazetteerEntry>();
  for (const entry of groups.flat().sort((a, b) => b.priority - a.priority)) {
    const free = entries.has(entry.id) ? { ...entry, id: `${entry.id}-region` } : entry;
    if (!entries.has(free.id)) entries.set(free.id, free);
  }
  const index = new Map<string, AliasHit[]>();
  let maxWords = 1;
  for (const entry of entries.values()) {
    for (const alias of [entry.name, ...entry.aliases]) addHit(index, alias, entry, false);
    for (const demonym of demonymsOf(entry)) addHit(index, demonym, entry, true);
  }
  for (const [key, hits] of index) {
    hits.sort((a, b) => (entries.get(b.entryId)?.priority ?? 0) - (entries.get(a.entryId)?.priority ?? 0));
    maxWords = Math.max(maxWords, key.split(" ").length);
  }
  return { entries, index, maxWords };
}

/** Builds the gazetteer from its sources, ignoring the compiled copy. */
export async function buildGazetteer(hand: HandData = loadHandData()): Promise<Gazetteer> {
  const isCommon = makeCommonWordTest(hand.stoplist);
  return assembleGazetteer([
    handEntries(hand.organizations, "Organization", "org"),
    handEntries(hand.people, "Person", "person"),
    handEntries(hand.places, "Place", "place"),
    handEntries(hand.commodities, "Commodity", "commodity"),
    handEntries(hand.groups, "Group", "group"),
    handEntries(hand.events, "Event", "event"),
    await countryEntries(hand.countryAliases, hand.countryLikeTerritories),
    await cityEntries(isCommon),
    await provinceEntries(isCommon),
  ]);
}

let cached: Promise<Gazetteer> | null = null;

/**
 * The process-wide gazetteer: read from its compiled copy on disk (tens of milliseconds), or built (over a
 * second: the city list is large) and compiled for the next process.
 */
export function loadGazetteer(): Promise<Gazetteer> {
  cached ??= compiledOrBuilt();
  return cached;
}

async function compiledOrBuilt(): Promise<Gazetteer> {
  const file = compiledGazetteerFile();
  const compiled = readCompiledGazetteer(file);
  if (compiled) return compiled;
  // Handed out as read back from its compiled form, so that a process that built it and one that read it from
  // disk extract with exactly the same values.
  const text = JSON.stringify(compileGazetteer(await buildGazetteer()));
  writeCompiledGazetteer(file, text);
  return decompileGazetteer(JSON.parse(text));
}
