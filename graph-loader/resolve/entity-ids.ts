// Stable entity ids: "<type prefix>:<slug>", the same for the same thing in every article and run.

import { slugify } from "../gazetteer/fold.ts";
import type { Gazetteer } from "../gazetteer/types.ts";
import type { EntityType, Mention } from "../model.ts";

export const TYPE_PREFIX: Record<EntityType, string> = {
  Person: "person",
  Organization: "org",
  Country: "country",
  Place: "place",
  Resolution: "resolution",
  Commodity: "commodity",
  Amount: "amount",
  Event: "event",
  Group: "group",
  Date: "date",
  Vessel: "vessel",
};

export interface Identity {
  id: string;
  name: string;
  type: EntityType;
}

/** "the Pyongan provinces" -> "Pyongan provinces"; trailing possessive dropped. */
export function cleanName(text: string): string {
  return text
    .replace(/^the\s+/i, "")
    .replace(/'s?$/, "")
    .trim();
}

function amountIdentity(m: Mention): Identity {
  const a = m.attributes ?? {};
  const unit = String(a.unit ?? "amount").toLowerCase();
  const key =
    a.min !== undefined
      ? a.min === a.max
        ? `${a.min}`
        : `${a.min}-${a.max}`
      : slugify(String(a.approximate ?? m.text));
  // "hundreds of", "about 10,000": a count of people says what it counts, so it never reads as a bare quantifier.
  const name =
    unit === "people" && !/\b(?:people|workers|persons)$/i.test(m.text) ? `${m.text} people` : m.text;
  return { id: `amount:${unit}-${key}`, name, type: "Amount" };
}

/**
 * The identity a mention names, or null for mentions that make no entity (dates).
 * @example identify(g, { type: "Resolution", attributes: { number: 2397 }, … }).id // "resolution:unsc-2397"
 */
export function identify(gazetteer: Gazetteer, m: Mention): Identity | null {
  if (m.type === "Date") return null;
  if (m.entryId) {
    const entry = gazetteer.entries.get(m.entryId);
    if (entry) return { id: entry.id, name: entry.name, type: entry.type };
  }
  if (m.type === "Amount") return amountIdentity(m);
  if (m.type === "Resolution" && m.attributes?.number !== undefined) {
    const n = m.attributes.number;
    return { id: `resolution:unsc-${n}`, name: `UN Security Council Resolution ${n}`, type: "Resolution" };
  }
  const name = cleanName(String(m.attributes?.name ?? m.attributes?.aliasOf ?? m.text));
  if (name.length === 0) return null;
  return { id: `${TYPE_PREFIX[m.type]}:${slugify(name)}`, name, type: m.type };
}

/**
 * The ways reporting writes a UN Security Council resolution's number, so that search finds the resolution by
 * any of them: "Resolution 2397", "UNSC 2397", "UNSCR 2397", "S/RES/2397".
 */
export function resolutionAliases(n: string | number): string[] {
  return [
    `Resolution ${n}`,
    `UNSC ${n}`,
    `UNSCR ${n}`,
    `UNSC Resolution ${n}`,
    `UN Resolution ${n}`,
    `Security Council Resolution ${n}`,
    `UN Security Council Resolution ${n}`,
    `United Nations Security Council Resolution ${n}`,
    `S/RES/${n}`,
  ];
}
