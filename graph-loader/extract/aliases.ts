// Names given as aliases in brackets: "Liu Wenhao (a.k.a. William Liu)", "Haesong Shipping Company (also known as
// Haesong Marine Transport Co.)". The bracketed name, there and wherever else the article writes it, names the
// thing before the brackets instead of a second thing.

import type { Mention } from "../model.ts";
import { wholeWordOccurrences } from "./occurrences.ts";

const ALIAS_OPENER =
  /^\s*\(\s*(?:a\.?k\.?a\.?|aka|also known as|also called|formerly(?: known as)?|f\.?k\.?a\.?)\s+/i;
/** Detectors whose reading of the bracketed words gives way to the alias. */
const REPLACEABLE = new Set(["names", "gazetteer", "echo"]);

function ownerName(m: Mention): string {
  return String(m.attributes?.name ?? m.attributes?.aliasOf ?? m.text);
}

/** Re-points the mentions of bracketed aliases, and their later occurrences, at the thing they alias. */
export function bracketAliasMentions(text: string, mentions: Mention[]): Mention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const aliases = new Map<string, Mention>();
  for (const [i, owner] of sorted.entries()) {
    if (owner.type === "Date" || owner.type === "Amount") continue;
    const opener = ALIAS_OPENER.exec(text.slice(owner.end, owner.end + 40));
    const alias = sorted[i + 1];
    if (!opener || !alias || alias.start !== owner.end + opener[0].length) continue;
    if (!REPLACEABLE.has(alias.detector) || text.charAt(alias.end) !== ")") continue;
    aliases.set(alias.text, owner);
  }
  if (aliases.size === 0) return mentions;
  const replaced = new Set<Mention>();
  const added: Mention[] = [];
  for (const [written, owner] of aliases) {
    for (const { start, end } of wholeWordOccurrences(text, written)) {
      const covering = mentions.filter((k) => k.start < end && start < k.end);
      if (
        covering.length === 0 ||
        !covering.every((k) => REPLACEABLE.has(k.detector) && start <= k.start && k.end <= end)
      )
        continue;
      const first = covering[0] as Mention;
      for (const k of covering) replaced.add(k);
      const { entryId: _entryId, ...rest } = first;
      added.push({
        ...rest,
        start,
        end,
        text: written,
        type: owner.type,
        detector: "alias",
        attributes: { aliasOf: ownerName(owner) },
      });
    }
  }
  return [...mentions.filter((m) => !replaced.has(m)), ...added];
}
