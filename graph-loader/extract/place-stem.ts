// "Dandong City", "Nampo Port": a place-suffixed name whose stem the gazetteer knows is that known place.

import { foldName } from "../gazetteer/fold.ts";
import type { Gazetteer } from "../gazetteer/types.ts";
import type { Mention } from "../model.ts";

const SUFFIX = /\s+(City|Port|County|District|Prefecture|Area)$/;

export function placeStem(gazetteer: Gazetteer, m: Mention): Mention {
  if (m.type !== "Place" || !SUFFIX.test(m.text)) return m;
  const stem = m.text.replace(SUFFIX, "");
  const hit = gazetteer.index.get(foldName(stem))?.[0];
  const entry = hit ? gazetteer.entries.get(hit.entryId) : undefined;
  if (!entry || (entry.type !== "Place" && entry.type !== "Country")) return m;
  return { ...m, type: entry.type, entryId: entry.id, detector: "gazetteer" };
}
