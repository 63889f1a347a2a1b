// References back to named things: "he", "its", "the company", "the vessel" become mentions of the nearest
// fitting thing named before them (this sentence or the few before), so that clause rules and co-mentions see
// who "he" is. They feed the relation stage only; entities, names and search are left as resolved. Pure.

import { readFileSync } from "node:fs";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { ENTITY_TYPES, type ResolvedMention, type Sentence } from "../model.ts";

const FILE = new URL("./data/references.yaml", import.meta.url);

export class ReferenceDataError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(`graph-loader/resolve: data/references.yaml: ${message}; fix the file and run again`, options);
    this.name = "ReferenceDataError";
  }
}

const kind = z.object({
  types: z.array(z.enum(ENTITY_TYPES)).min(1),
  possessive: z.boolean().optional(),
  head: z.string().optional(),
});
const schema = z.object({
  pronouns: z.record(z.string(), kind),
  nouns: z.record(z.string(), kind),
  window: z.number().int().min(0).max(10),
});
export type ReferenceTables = z.infer<typeof schema>;

/** Parses the YAML text of the tables; exported for tests. */
export function parseReferenceTables(text: string): ReferenceTables {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (cause) {
    throw new ReferenceDataError("cannot be read as YAML", { cause });
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new ReferenceDataError(parsed.error.message, { cause: parsed.error });
  return parsed.data;
}

/** The shipped tables with their word patterns, compiled once. */
interface Compiled {
  tables: ReferenceTables;
  pronouns: RegExp;
  nouns: RegExp;
}

let cached: Compiled | null = null;
function compiled(): Compiled {
  if (cached) return cached;
  const tables = parseReferenceTables(readFileSync(FILE, "utf8"));
  const pronouns = Object.keys(tables.pronouns).join("|");
  const nouns = Object.keys(tables.nouns).join("|");
  cached = {
    tables,
    pronouns: new RegExp(String.raw`\b(${pronouns})\b`, "gi"),
    // Case-sensitive on purpose: under the "i" flag \p{Lu} would match any letter and refuse every noun.
    // Up to two lower-case words may qualify the noun ("the trading company", "the same firm").
    nouns: new RegExp(
      String.raw`\b(?:[Tt]he|[Tt]his)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}?(${nouns})\b(?!['\u2019]?\s*\p{Lu})`,
      "gu",
    ),
  };
  return cached;
}

interface Cue {
  start: number;
  end: number;
  text: string;
  types: readonly string[];
  head?: string;
  possessive: boolean;
}

function cuesOf(sentence: Sentence, { tables: t, pronouns, nouns }: Compiled): Cue[] {
  const out: Cue[] = [];
  for (const m of sentence.text.matchAll(pronouns)) {
    const entry = t.pronouns[(m[1] ?? "").toLowerCase()];
    if (!entry) continue;
    const start = sentence.start + (m.index ?? 0);
    out.push({
      start,
      end: start + m[0].length,
      text: m[0],
      types: entry.types,
      possessive: !!entry.possessive,
    });
  }
  for (const m of sentence.text.matchAll(nouns)) {
    const entry = t.nouns[(m[1] ?? "").toLowerCase()];
    if (!entry) continue;
    const start = sentence.start + (m.index ?? 0);
    const possessive = /^['\u2019]s\b/.test(sentence.text.slice((m.index ?? 0) + m[0].length));
    out.push({
      start,
      end: start + m[0].length,
      text: m[0],
      types: entry.types,
      head: entry.head,
      possessive,
    });
  }
  return out;
}

/** The nearest mention before `at` that the cue can refer to, within the window of sentences. */
function antecedent(cue: Cue, at: number, sentenceIndex: number, named: ResolvedMention[], window: number) {
  const fits = (m: ResolvedMention) =>
    cue.types.includes(m.type) &&
    m.end <= at &&
    m.sentenceIndex >= sentenceIndex - window &&
    (!cue.head || m.text.toLowerCase().includes(cue.head));
  const candidates = named.filter(fits);
  return candidates[candidates.length - 1] ?? null;
}

/** Mentions for the references of an article, each pointing at the entity it refers to. */
export function referenceMentions(sentences: Sentence[], mentions: ResolvedMention[]): ResolvedMention[] {
  const c = compiled();
  const named = [...mentions].sort((a, b) => a.start - b.start);
  const out: ResolvedMention[] = [];
  for (const sentence of sentences) {
    for (const cue of cuesOf(sentence, c)) {
      // Inside a name ("The Company for X") a word is not a reference.
      if (mentions.some((m) => m.start < cue.end && cue.start < m.end)) continue;
      const target = antecedent(cue, cue.start, sentence.index, named, c.tables.window);
      if (!target) continue;
      out.push({
        start: cue.start,
        end: cue.end,
        text: cue.text,
        type: target.type,
        sentenceIndex: sentence.index,
        detector: "coreference",
        entityId: target.entityId,
        attributes: { refersTo: target.text, ...(cue.possessive ? { possessive: 1 } : {}) },
      });
    }
  }
  return out;
}
