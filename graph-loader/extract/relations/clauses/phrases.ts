// The clause extractor's phrase tables, read once from extract/data/relation-phrases.yaml.

import { readFileSync } from "node:fs";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import type { EntityType } from "../../../model.ts";
import { escapeRegExp } from "../../occurrences.ts";

const FILE = new URL("../../data/relation-phrases.yaml", import.meta.url);

export class RelationPhraseDataError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(
      `graph-loader/extract: data/relation-phrases.yaml: ${message}; fix the file and run again`,
      options,
    );
    this.name = "RelationPhraseDataError";
  }
}

const relationType = z.string().regex(/^[A-Z][A-Z_]*$/, "relation types are written UPPER_SNAKE_CASE");

const typePair = z.string().regex(/^\w+ \w+$/, "keys are two entity types");

const schema = z.object({
  verbs: z.record(z.string(), relationType),
  ignored_verbs: z.string(),
  passive_auxiliaries: z.string(),
  verb_group_fillers: z.string(),
  relative_pronouns: z.string(),
  locative_prepositions: z.string(),
  description_types: z.record(typePair, relationType),
  possessive_types: z.record(typePair, relationType).default({}),
  people_nouns: z.string().default(""),
  description_openers: z.string().default(""),
});

export interface PhraseTables {
  /** "impose sanctions on" → SANCTIONS; keys are lower-case lemmas and words, one space apart. */
  verbs: ReadonlyMap<string, string>;
  /** Longest key, in words: how far past the verb a lookup needs to read. */
  longestVerbKey: number;
  /** The verbs the table knows, without the words after them ("impose sanctions on" → impose). */
  verbLemmas: ReadonlySet<string>;
  ignoredVerbs: ReadonlySet<string>;
  passiveAuxiliaries: ReadonlySet<string>;
  verbGroupFillers: ReadonlySet<string>;
  relativePronouns: ReadonlySet<string>;
  locativePrepositions: ReadonlySet<string>;
  descriptionTypes: ReadonlyMap<string, string>;
  possessiveTypes: ReadonlyMap<string, string>;
  peopleNouns: ReadonlySet<string>;
  /**
   * ", also under the …", ", based in …": a comma and an opener of a description without an article; null when
   * the table lists none.
   */
  descriptionOpener: RegExp | null;
}

const words = (list: string) => new Set(list.toLowerCase().split(/\s+/).filter(Boolean));

/** The "|"-separated openers as one pattern, longest first so that "now part of" wins over "part of". */
function openerPattern(list: string): RegExp | null {
  const openers = list
    .split("|")
    .map((o) => o.trim().toLowerCase().replace(/\s+/g, " "))
    .filter(Boolean)
    .sort((a, b) => b.length - a.length);
  if (openers.length === 0) return null;
  const alternatives = openers.map((o) => escapeRegExp(o).replace(/ /g, "\\s+"));
  return new RegExp(String.raw`^\s*,\s+(?:also\s+|now\s+|itself\s+)?(?:${alternatives.join("|")})\s`, "i");
}

/** Parses the YAML text of the tables; exported for tests. */
export function parsePhraseTables(text: string): PhraseTables {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (cause) {
    throw new RelationPhraseDataError("cannot be read as YAML", { cause });
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new RelationPhraseDataError(parsed.error.message, { cause: parsed.error });
  const data = parsed.data;
  const verbs = new Map(
    Object.entries(data.verbs).map(([key, type]) => [key.toLowerCase().trim().replace(/\s+/g, " "), type]),
  );
  return {
    verbs,
    longestVerbKey: Math.max(1, ...[...verbs.keys()].map((k) => k.split(" ").length)),
    verbLemmas: new Set([...verbs.keys()].map((k) => k.split(" ")[0] ?? k)),
    ignoredVerbs: words(data.ignored_verbs),
    passiveAuxiliaries: words(data.passive_auxiliaries),
    verbGroupFillers: words(data.verb_group_fillers),
    relativePronouns: words(data.relative_pronouns),
    locativePrepositions: words(data.locative_prepositions),
    descriptionTypes: new Map(Object.entries(data.description_types)),
    possessiveTypes: new Map(Object.entries(data.possessive_types)),
    peopleNouns: words(data.people_nouns),
    descriptionOpener: openerPattern(data.description_openers),
  };
}

let cached: PhraseTables | null = null;

/** The tables of the shipped data file. */
export function phraseTables(): PhraseTables {
  cached ??= parsePhraseTables(readFileSync(FILE, "utf8"));
  return cached;
}

/** The relation type a description or possessive states between things of these two types, if listed. */
export function describedType(tables: PhraseTables, described: EntityType, other: EntityType): string | null {
  return tables.descriptionTypes.get(`${described} ${other}`) ?? null;
}

/** The relation type of "possessor's owned", by the types of the owned thing and its possessor, if listed. */
export function possessedType(tables: PhraseTables, owned: EntityType, possessor: EntityType): string | null {
  return tables.possessiveTypes.get(`${owned} ${possessor}`) ?? describedType(tables, owned, possessor);
}
