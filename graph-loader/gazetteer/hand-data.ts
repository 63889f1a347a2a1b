// Loads the hand-written gazetteer data files (YAML beside this module) and checks their shape.

import { readFileSync } from "node:fs";
import { parse as parseYaml } from "yaml";
import { z } from "zod";

const DATA_DIR = new URL("./data/", import.meta.url);

const namedSchema = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  country: z.string().length(2).optional(),
  lat: z.number().optional(),
  lon: z.number().optional(),
});
export type NamedRecord = z.infer<typeof namedSchema>;

export class GazetteerDataError extends Error {
  constructor(file: string, message: string, options?: { cause?: unknown }) {
    super(`graph-loader/gazetteer: data/${file}: ${message}; fix the file and run again`, options);
    this.name = "GazetteerDataError";
  }
}

function readYaml<T>(file: string, schema: z.ZodType<T>): T {
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(new URL(file, DATA_DIR), "utf8"));
  } catch (cause) {
    throw new GazetteerDataError(file, "cannot be read as YAML", { cause });
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new GazetteerDataError(file, parsed.error.message, { cause: parsed.error });
  return parsed.data;
}

export interface HandData {
  organizations: NamedRecord[];
  people: NamedRecord[];
  places: NamedRecord[];
  commodities: NamedRecord[];
  groups: NamedRecord[];
  events: NamedRecord[];
  countryAliases: Record<string, string[]>;
  stoplist: Set<string>;
  /** ISO codes of territories typed Country although not independent. */
  countryLikeTerritories: Set<string>;
}

export function loadHandData(): HandData {
  const list = z.array(namedSchema);
  return {
    organizations: readYaml("organizations.yaml", list),
    people: readYaml("people.yaml", list),
    places: readYaml("places.yaml", list),
    commodities: readYaml("commodities.yaml", list),
    groups: readYaml("groups.yaml", list),
    events: readYaml("events.yaml", list),
    countryAliases: readYaml("countries.yaml", z.record(z.string(), z.array(z.string()))),
    stoplist: new Set(readYaml("stoplist.yaml", z.array(z.string()))),
    countryLikeTerritories: new Set(readYaml("territories-as-countries.yaml", z.array(z.string().length(2)))),
  };
}
