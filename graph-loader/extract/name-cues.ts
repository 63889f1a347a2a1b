// Word lists that tell what kind of thing an unknown capitalised name is, read once from data/name-cues.yaml.

import { readFileSync } from "node:fs";
import { parse as parseYaml } from "yaml";
import { z } from "zod";

const FILE = new URL("./data/name-cues.yaml", import.meta.url);

export class NameCueDataError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(`graph-loader/extract: data/name-cues.yaml: ${message}; fix the file and run again`, options);
    this.name = "NameCueDataError";
  }
}

const schema = z.object({
  org_heads: z.string(),
  company_words: z.string(),
  legal_suffixes: z.string(),
  abbreviated_legal_suffixes: z.string(),
  numbered_heads: z.string(),
  org_cue_nouns: z.string(),
  org_cue_links: z.string(),
  org_cue_verbs: z.string(),
  person_cue_verbs: z.string(),
  staff_nouns: z.string(),
  vessel_classes: z.string(),
  vessel_prefixes: z.string(),
  title_words: z.string(),
  core_titles: z.string(),
  speech_verbs: z.string(),
  korean_surnames: z.string(),
  name_connectors: z.string(),
  name_possessives: z.string(),
  not_name_starts: z.string(),
  hyphen_prefixes: z.string(),
  modifier_suffixes: z.string(),
  person_nouns: z.string(),
  vessel_nouns: z.string(),
  vessel_flag_words: z.string(),
  place_cue_nouns: z.string(),
  vessel_prepositions: z.string(),
});

function readCues(): z.infer<typeof schema> {
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(FILE, "utf8"));
  } catch (cause) {
    throw new NameCueDataError("cannot be read as YAML", { cause });
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new NameCueDataError(parsed.error.message, { cause: parsed.error });
  return parsed.data;
}

const cues = readCues();
const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean));
/** "|"-separated phrases, longest first so that alternations prefer "bulk carrier" over "carrier". */
const phrases = (list: string) =>
  list
    .split("|")
    .map((p) => p.trim().replace(/\s+/g, " "))
    .filter(Boolean)
    .sort((a, b) => b.length - a.length);

export const ORG_HEADS = words(cues.org_heads);
export const COMPANY_WORDS = words(cues.company_words);
export const LEGAL_SUFFIXES = words(cues.legal_suffixes);
export const ABBREVIATED_LEGAL_SUFFIXES = words(cues.abbreviated_legal_suffixes);
export const NUMBERED_HEADS = words(cues.numbered_heads);
export const ORG_CUE_NOUNS = words(cues.org_cue_nouns);
export const ORG_CUE_LINKS = phrases(cues.org_cue_links);
export const ORG_CUE_VERBS = words(cues.org_cue_verbs);
export const PERSON_CUE_VERBS = words(cues.person_cue_verbs);
export const STAFF_NOUNS = words(cues.staff_nouns);
export const VESSEL_CLASSES = phrases(cues.vessel_classes);
export const VESSEL_PREFIXES = phrases(cues.vessel_prefixes);
export const TITLE_WORDS = words(cues.title_words);
export const CORE_TITLES = words(cues.core_titles);
export const SPEECH_VERBS = words(cues.speech_verbs);
export const KOREAN_SURNAMES = words(cues.korean_surnames);
export const NAME_CONNECTORS = words(cues.name_connectors);
export const NAME_POSSESSIVES = words(cues.name_possessives);
export const NOT_NAME_STARTS = words(cues.not_name_starts);
export const HYPHEN_PREFIXES = words(cues.hyphen_prefixes);
export const MODIFIER_SUFFIXES = words(cues.modifier_suffixes);
export const VESSEL_FLAG_WORDS = words(cues.vessel_flag_words);
export const PERSON_NOUNS = words(cues.person_nouns);
export const VESSEL_NOUNS = words(cues.vessel_nouns);
export const PLACE_CUE_NOUNS = words(cues.place_cue_nouns);
export const VESSEL_PREPOSITIONS = phrases(cues.vessel_prepositions);

export const EVENT_HEADS = new Set(
  "Congress Summit Conference Games Olympics Forum Festival War Pandemic Election Elections Plenum Meeting Talks Crisis".split(
    " ",
  ),
);

export const PLACE_HEADS = new Set(
  (
    "River Province City County Port Mountain Mountains Sea Bay Strait Island Islands Peninsula Region Prefecture " +
    "Oblast Krai District Lake Valley Airport Station Zone Harbour Harbor Gulf Channel Canal Straits Archipelago Reef Atoll Delta"
  ).split(" "),
);

export const LAW_HEADS = new Set(
  "Treaty Agreement Act Convention Protocol Accord Pact Charter Law Order Decree Directive Regulation Regulations".split(
    " ",
  ),
);
