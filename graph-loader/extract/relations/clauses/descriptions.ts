// Descriptions of a named thing: appositions ("Koryo Coin Exchange, a platform registered in Seychelles") and
// copulas ("X is a DPRK-based shipping company"). The thing links to every name in its description.

import type { RelationFinding } from "../../../model.ts";
import { finding } from "../context.ts";
import { gapText, type Layout, type Slot } from "./layout.ts";
import { describedType } from "./phrases.ts";

export interface Description {
  owner: Slot;
  start: number;
  end: number;
  /** Opened by a preposition or participle ("under", "based in"): never a list of like things. */
  opened?: boolean;
}

/** ", a …", also after an age or a year of birth ("Park Chol-ho, 44, a North Korean national"). */
const APPOSITION = /^\s*(?:,\s*(?:\d{1,3}|(?:born|b\.)(?:\s+in)?\s+\d{4}))?,\s+(?:a|an|the)\s/i;
/** "X is a …", also after an aside in commas ("X, born in 1974, is the director of …"). */
const COPULA =
  /^\s*(?:,[^,;]{1,48})?,?\s+(?:is|was|are|were|remains|remained|became|has been|had been)\s+(?:a|an|the)\s/i;
const COPULA_AFTER_APPOSITION =
  /^\s*,\s+(?:is|was|are|were|remains|remained|became|has been|had been)\s+(?:a|an|the)\s/i;
const POSSESSOR_APPOSITION = /^\s*,\s+$/;

/** A name written as the owner of the noun after it ("the centre's", "Japan's"). */
function isPossessor(layout: Layout, s: Slot): boolean {
  const text = layout.ctx.sentence.text;
  const after = text.slice(s.mention.end - layout.ctx.sentence.start);
  return /^['\u2019]s?\s+\p{Ll}/u.test(after);
}

/** Longest description read, in characters: appositions are short; a longer run is the sentence going on. */
const MAX_LENGTH = 120;

/** Where a description starting at `from` ends: punctuation, a relative pronoun, or a new finite verb. */
function descriptionEnd(layout: Layout, from: number): number {
  const { ctx } = layout;
  const text = ctx.sentence.text;
  let end = Math.min(ctx.sentence.end, from + MAX_LENGTH);
  const punctuation = /[,;:.!?—–)]\s|[;:!?—–]|\.$/g;
  punctuation.lastIndex = from - ctx.sentence.start;
  const stop = punctuation.exec(text);
  if (stop) end = Math.min(end, ctx.sentence.start + stop.index);
  for (const w of layout.words) {
    if (w.start < from || w.start >= end) continue;
    if (layout.tables.relativePronouns.has(w.lemma)) return w.start;
  }
  const finite = layout.groups.find(
    (g) => g.start >= from && g.start < end && g.finite && g.relativeAt === null,
  );
  return finite ? finite.start : end;
}

/** Every description of the sentence, with the thing it describes. */
export function descriptions(layout: Layout): Description[] {
  const out: Description[] = [];
  for (const owner of layout.parties) {
    if (owner.modifier) continue;
    const next = layout.slots.find((s) => s.mention.start >= owner.mention.end && !s.bracketed);
    const limit = next ? next.mention.start : layout.ctx.sentence.end;
    const gap = gapText(layout, owner.mention.end, limit);
    const apposition = APPOSITION.exec(gap);
    // ", also under the …", ", based in …": a description opened by a preposition or a participle.
    const opener = apposition ? null : (layout.tables.descriptionOpener?.exec(gap) ?? null);
    const cue = apposition ?? opener ?? (owner.governor === null ? COPULA.exec(gap) : null);
    if (!cue) {
      // "Anna Berg, the centre's director", "Ri, North Korea's envoy": the apposition opens with its possessor.
      if (next && POSSESSOR_APPOSITION.test(gap) && isPossessor(layout, next)) {
        out.push({ owner, start: next.mention.start, end: descriptionEnd(layout, next.mention.end) });
      }
      continue;
    }
    // Asides in brackets between the name and its description ("the Haesong 7 (IMO 8713471), a …").
    const asides = layout.brackets.filter((b) => b.start >= owner.mention.end && b.end <= limit);
    const start = (asides[asides.length - 1]?.end ?? owner.mention.end) + cue[0].length - 1;
    const end = descriptionEnd(layout, start);
    out.push({ owner, start, end, ...(opener ? { opened: true } : {}) });
    // "Liu, a Chinese national, is the director of X": a copula after the apposition describes the same thing.
    const copula = apposition
      ? COPULA_AFTER_APPOSITION.exec(layout.ctx.sentence.text.slice(end - layout.ctx.sentence.start))
      : null;
    if (copula) {
      const next = end + copula[0].length - 1;
      out.push({ owner, start: next, end: descriptionEnd(layout, next) });
    }
  }
  return out;
}

/** Links from each described thing to the names in its description. */
export function descriptionClaims(layout: Layout, found: Description[]): RelationFinding[] {
  const out: RelationFinding[] = [];
  for (const d of found) {
    const label = gapText(layout, d.start, d.end).trim();
    // By where a name starts: a name ending a sentence may end with its own dot ("… Shipping Co.").
    const inDescription = layout.parties.filter((s) => s.mention.start >= d.start && s.mention.start < d.end);
    // "the Pyongan provinces, the Hwanghae provinces, …": a list of like things, not a description.
    const first = inDescription[0];
    if (
      !d.opened &&
      first &&
      first.mention.type === d.owner.mention.type &&
      !/^['\u2019]s?\s/.test(gapText(layout, first.mention.end, first.mention.end + 3)) &&
      /^\s*(?:(?:the|an?)\s+)?$/i.test(gapText(layout, d.start, first.mention.start))
    ) {
      continue;
    }
    for (const s of inDescription) {
      const a = d.owner.mention;
      // "a conglomerate already designated by the United States": the one acting on the described thing.
      const verb = layout.groups.find((g) => g.start >= d.start && g.end <= s.mention.start);
      const acted = verb && s.governor === "by" ? layout.tables.verbs.get(verb.lemma) : undefined;
      if (acted) {
        out.push(finding(layout.ctx, s.mention.entityId, acted, a.entityId, "clause.description-verb", 0.6));
        continue;
      }
      const type = describedType(layout.tables, a.type, s.mention.type);
      const claim = finding(
        layout.ctx,
        a.entityId,
        type ?? "RELATED",
        s.mention.entityId,
        "clause.description",
        0.6,
      );
      out.push(type ? claim : { ...claim, label: label.slice(0, 60) });
    }
  }
  return out;
}
