// The compact gazetteer: known things and every spelling that names them.

import type { EntityType } from "../model.ts";

export interface GazetteerEntry {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  lat?: number;
  lon?: number;
  /** ISO alpha-2 code of the country a place lies in (or the country itself). */
  country?: string;
  /** Higher wins when two entries share a spelling: hand data > countries > cities > provinces. */
  priority: number;
}

export interface AliasHit {
  entryId: string;
  /** The spelling as written in the data, used for the case check. */
  alias: string;
  /** Lower-case spellings (commodities, groups) match in any case. */
  anyCase: boolean;
  /** A demonym or adjective ("North Korean") rather than a name. */
  demonym: boolean;
}

export interface Gazetteer {
  entries: Map<string, GazetteerEntry>;
  /** Folded spelling -> hits, best first. */
  index: Map<string, AliasHit[]>;
  /** Longest spelling in words, bounding the matcher's window. */
  maxWords: number;
}
