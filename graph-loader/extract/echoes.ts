// Article-level consistency: a name read with a strong cue once ("the tanker Sun Harmony") keeps that kind
// wherever else the article writes it ("the Sun Harmony is registered to …"), even where the sentence alone
// suggested a person or gave no cue at all.

import { foldName } from "../gazetteer/fold.ts";
import type { EntityType, Mention, Sentence } from "../model.ts";
import { wholeWordOccurrences } from "./occurrences.ts";

/** Detectors whose reading of a name decides its kind for the whole article. */
const STRONG = new Set(["vessel"]);
/** Detectors whose weaker reading gives way to a strong one. */
const WEAK = new Set(["names"]);

/** Retypes weak mentions of strongly typed names and adds the occurrences no detector claimed. */
export function echoStrongNames(text: string, sentences: Sentence[], mentions: Mention[]): Mention[] {
  const strong = new Map<string, { type: EntityType; source: Mention }>();
  for (const m of mentions) {
    // A ship read from its sentence ("where the Sunrise Lady transferred its cargo") is as strong as a cued one.
    const ship = m.detector === "names" && m.type === "Vessel";
    if (STRONG.has(m.detector) || ship) strong.set(foldName(m.text), { type: m.type, source: m });
  }
  if (strong.size === 0) return mentions;
  let out = mentions.map((m) => {
    const hit = WEAK.has(m.detector) ? strong.get(foldName(m.text)) : undefined;
    if (!hit) return m;
    const { entryId: _entryId, attributes: _attributes, ...rest } = m;
    return { ...rest, type: hit.type, detector: "echo" };
  });
  for (const [, { type, source }] of strong) {
    for (const { start, end } of wholeWordOccurrences(text, source.text)) {
      const overlapping = out.filter((k) => k.start < end && start < k.end);
      // A weak reading of part of the name ("Jin Feng" of "the Jin Feng 88") gives way to the whole name.
      const partial = (k: Mention) => WEAK.has(k.detector) && start <= k.start && k.end <= end;
      if (!overlapping.every(partial)) continue;
      out = out.filter((k) => !overlapping.includes(k));
      const s = sentences.find((x) => x.start <= start && start < x.end);
      if (!s) continue;
      out.push({ start, end, text: source.text, type, sentenceIndex: s.index, detector: "echo" });
    }
  }
  return out;
}
