// Subject–verb–object claims: a verb group, the name acting before it and the names it governs after it
// ("OFAC sanctioned Tornado Cash", "the Haesong 7 loaded anthracite at Nampho and transferred it to the Jin Feng
// 88", "the Jin Feng 88, which was seized by Indonesian authorities"). Typed from the verb table, else RELATED
// with the phrase as its label.

import type { RelationFinding } from "../../../model.ts";
import { finding, UNSAID_AGENT } from "../context.ts";
import type { Description } from "./descriptions.ts";
import { clauseAround, gapText, type Layout, type Slot, type VerbGroup } from "./layout.ts";

/** Farthest a subject or object may sit from its verb, in characters. */
const REACH = 140;
const MAX_OBJECTS = 4;
/** Most content words between a verb and its object: few for an untyped phrase, a few more for a typed one. */
const MAX_WORDS_UNTYPED = 4;
const MAX_WORDS_TYPED = 6;
/** Where a verb's reach ends: a new coordinated clause (", and after …"), a contrast or a source (", according to"). */
const CLAUSE_JOIN = /,\s+(?:and|but|while|whereas|as|when|where|according to)\s/;
const COORDINATION = /^\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)(?:the\s+)?$/;
/** Between two coordinated objects: "X, Y and Z", "by X since 2013 and by Z", "to X and to Z". */
const OBJECT_COORDINATION = /^\s*(?:[^,;]{0,24}?)?(?:,\s*|\s+)(?:and\s+|or\s+)?(?:[a-z]+\s+)?(?:the\s+)?$/;

const inside = (s: Slot, from: number, to: number) => s.mention.start >= from && s.mention.end <= to;

interface Reading {
  subjects: Slot[];
  objects: Slot[];
}

/** A name that can act: not governed by a preposition, not qualifying a noun, not inside a description. */
function canAct(s: Slot, described: Description[]): boolean {
  return s.governor === null && !s.attributive && !described.some((d) => inside(s, d.start, d.end));
}

/** The name a relative pronoun refers to: the thing whose description ends at it, else the name before it. */
function antecedent(layout: Layout, at: number, described: Description[]): Slot | null {
  const owner = described.find((d) => Math.abs(d.end - at) <= 2)?.owner;
  if (owner) return owner;
  const before = layout.parties.filter((s) => s.mention.end <= at && !s.modifier);
  const last = before[before.length - 1];
  if (!last) return null;
  return /^[\s,]*$/.test(gapText(layout, last.mention.end, at)) ? last : null;
}

/** Coordinated names ending with `last`: "South Korea, Japan and the United States". */
function withCoordinated(layout: Layout, last: Slot): Slot[] {
  const all = [last];
  const slots = layout.parties;
  for (let i = slots.indexOf(last) - 1; i >= 0; i--) {
    const s = slots[i];
    const next = all[all.length - 1];
    if (!s || !next || !COORDINATION.test(gapText(layout, s.mention.end, next.mention.start))) break;
    all.push(s);
  }
  return all;
}

/**
 * "Mauritania's coast guard boarded …", "a Japanese destroyer spotted …": a noun acts, and the country or body
 * that owns or qualifies it is the named actor.
 */
function qualifierOfNounSubject(layout: Layout, at: number): Slot | null {
  // A demonym before a noun for people or a public body ("Cambodian authorities") qualifies it as well.
  const qualifies = (s: Slot) => s.attributive || s.mention.detector === "gazetteer-demonym";
  const candidates = layout.parties.filter((s) => s.mention.end <= at && qualifies(s) && !s.modifier);
  const last = candidates[candidates.length - 1];
  if (!last) return null;
  const gap = gapText(layout, last.mention.end, at);
  return /^(?:['\u2019]s?)?(?:\s+[\p{Ll}][\p{L}-]*){1,3}\s*$/u.test(gap) && last.governor === null
    ? last
    : null;
}

/** The antecedent of a relative clause that ends with `last` and a comma right before group `index`. */
function closedRelative(layout: Layout, index: number, last: Slot, described: Description[]): Slot | null {
  for (let i = index - 1; i >= 0; i--) {
    const group = layout.groups[i];
    if (!group || group.end > last.mention.start) continue;
    if (group.relativeAt === null) return null;
    // The relative clause runs from its pronoun to `last` with no comma inside.
    if (gapText(layout, group.relativeAt, last.mention.start).includes(",")) return null;
    const before = gapText(
      layout,
      Math.max(layout.ctx.sentence.start, group.relativeAt - 3),
      group.relativeAt,
    );
    return before.includes(",") ? antecedent(layout, group.relativeAt, described) : null;
  }
  return null;
}

/** The verb group before `index` is in the same clause as it. */
function inClause(layout: Layout, index: number): boolean {
  const group = layout.groups[index];
  const before = layout.groups[index - 1];
  if (!group || !before) return false;
  const clause = clauseAround(layout, group.start);
  return before.start >= clause.start && !/[;:]/.test(gapText(layout, before.end, group.start));
}

/** A participle with no auxiliary right after a common noun: "a passport issued by", "coal shipped aboard". */
function reducedRelative(
  layout: Layout,
  group: VerbGroup,
  previousWord: { isNoun: boolean; after: string; end: number },
) {
  if (group.finite || group.passive || !previousWord.isNoun || previousWord.after) return false;
  return !layout.parties.some((s) => s.mention.end === previousWord.end);
}

/**
 * The names acting in a verb group, read from what comes right before it: a relative pronoun refers back, "and"
 * shares the subject of the verb before, a name is the subject, a comma closes an aside after the subject, a
 * gerund after a preposition takes the passive subject or the object of the verb before ("X is designated for
 * having assisted Y", "sanctioned X for laundering money for Y"). A pronoun or a bare common noun acts itself: no
 * name does.
 */
function subjectOf(layout: Layout, index: number, described: Description[], known: Reading[]): Slot[] {
  const group = layout.groups[index];
  if (!group) return [];
  if (group.relativeAt !== null) {
    const found = antecedent(layout, group.relativeAt, described);
    return found ? [found] : [];
  }
  const clause = clauseAround(layout, group.start);
  // Adverbs and fillers before the verb ("quietly", "allegedly") do not change who acts.
  const before = layout.words.filter(
    (w) =>
      w.end <= group.start &&
      w.start >= clause.start &&
      // "The Federal Bureau of Investigation (FBI) attributed …": an aside in brackets does not act.
      !layout.brackets.some((b) => b.start <= w.start && w.start < b.end) &&
      !(w.isAdverb && !w.after) &&
      !layout.tables.verbGroupFillers.has(w.lemma),
  );
  const previousWord = before[before.length - 1];
  const previous = known[index - 1];
  if (!previousWord) return [];
  if (/^(and|or|but)$/.test(previousWord.lemma) && previous) return previous.subjects;
  // "agreed to send", "charged with conspiracy to violate": an infinitive takes the subject of the verb before.
  if (previousWord.lemma === "to" && !previousWord.after && previous && inClause(layout, index))
    return previous.subjects;
  // "held a passport issued by X": a bare participle after the object's noun tells of what the subject holds.
  if (reducedRelative(layout, group, previousWord) && previous && inClause(layout, index))
    return previous.subjects;
  if (group.gerund && previousWord.isPreposition && previous) {
    const previousGroup = layout.groups[index - 1];
    if (previousGroup?.passive) return previous.subjects;
    const direct = previous.objects.find((o) => o.governor === null);
    return direct ? [direct] : [];
  }
  const named = layout.parties.find((s) => s.mention.end === previousWord.end);
  // "Zhang, who runs X, told …": a comma closes the relative clause, and the one it described acts.
  const closed =
    named && previousWord.after.endsWith(",") ? closedRelative(layout, index, named, described) : null;
  if (closed) return [closed];
  if (named) return canAct(named, described) ? withCoordinated(layout, named) : [];
  if (previousWord.isNoun && !previousWord.after) {
    const qualifier = qualifierOfNounSubject(layout, previousWord.end);
    return qualifier ? [qualifier] : [];
  }
  if (!previousWord.after.endsWith(",")) return [];
  const candidates = layout.parties.filter(
    (s) => inside(s, Math.max(clause.start, group.start - REACH), group.start) && canAct(s, described),
  );
  const subject = candidates[candidates.length - 1];
  return subject ? withCoordinated(layout, subject) : [];
}

/** Between two verbs that share their objects: "owns and manages X", "bought, stored and sold X". */
const VERB_COORDINATION = /^\s*(?:,\s*)?(?:and|or)\s+$|^\s*,\s*$/;

/**
 * The verb group whose objects group `index` shares: the next one, when only "and"/"or" stands between them
 * ("owns and manages the Jin Feng 88"); else null.
 */
function sharedObjectGroup(layout: Layout, index: number): VerbGroup | null {
  const group = layout.groups[index];
  const next = layout.groups[index + 1];
  if (!group || !next || next.relativeAt !== null) return null;
  return VERB_COORDINATION.test(gapText(layout, group.end, next.start)) ? next : null;
}

/** Names after the verb group, up to the next verb group or the clause's end. */
function objectsOf(layout: Layout, group: VerbGroup, described: Description[]): Slot[] {
  const clause = clauseAround(layout, group.end);
  const next = layout.groups.find((g) => g.start > group.end);
  let end = Math.min(clause.end, next ? next.start : clause.end, group.end + REACH);
  const join = CLAUSE_JOIN.exec(gapText(layout, group.end, end));
  if (join) end = Math.min(end, group.end + join.index);
  return layout.parties
    .filter(
      (s) =>
        inside(s, group.end, end) &&
        !s.attributive &&
        !described.some((d) => inside(s, d.start, d.end) && !inside(d.owner, group.end, end)),
    )
    .slice(0, MAX_OBJECTS);
}

/** Content words between the verb and the object, lower-case ("sanctions on"), determiners and numbers out. */
function between(layout: Layout, from: number, to: number): string[] {
  return layout.words
    .filter((w) => w.start >= from && w.end <= to && !w.isDeterminer && /^\p{L}+$/u.test(w.text))
    .map((w) => w.lemma);
}

/** The relation type of "verb … object", or null when the table has none for this wording. */
function typeOf(layout: Layout, group: VerbGroup, object: Slot, agent: boolean): string | null {
  const { verbs, longestVerbKey } = layout.tables;
  // "was seized by X": the agent does what the bare verb says.
  if (agent) return verbs.get(group.lemma) ?? null;
  const words = between(layout, group.end, object.mention.start);
  const keys: string[] = [];
  if (words.length < longestVerbKey) keys.push([group.lemma, ...words].join(" "));
  if (object.governor) keys.push(`${group.lemma} ${object.governor}`);
  else keys.push(group.lemma);
  for (const key of keys) {
    const type = verbs.get(key);
    if (type) return type;
  }
  return null;
}

function label(layout: Layout, group: VerbGroup, object: Slot): string {
  // The phrase stops before any name inside it ("demanding the return of all [North Korean] workers").
  const inner = layout.slots.find(
    (s) => s.mention.start > group.end && s.mention.end <= object.mention.start,
  );
  const phrase = gapText(layout, group.start, inner ? inner.mention.start : object.mention.start)
    .trim()
    .replace(/\s+(?:the|an?)$/i, "");
  return phrase.length <= 48 ? phrase : `${phrase.slice(0, 45).trimEnd()}…`;
}

/** The objects close enough to their verb: a coordinated object ("X, Y and Z") is as close as the first. */
function reachable(layout: Layout, group: VerbGroup, objects: Slot[], typed: (o: Slot) => boolean): Slot[] {
  const out: Slot[] = [];
  let from = group.end;
  for (const object of objects) {
    const previous = out[out.length - 1];
    const coordinated =
      previous && OBJECT_COORDINATION.test(gapText(layout, previous.mention.end, object.mention.start));
    const distance = between(layout, coordinated ? group.end : from, object.mention.start).length;
    const limit = typed(object) ? MAX_WORDS_TYPED : MAX_WORDS_UNTYPED;
    if (coordinated || distance <= limit) out.push(object);
    else if (out.length === 0) break;
    from = object.mention.end;
  }
  return out;
}

/**
 * "Haesong Shipping Company is being designated for …": a passive of a typed verb with no "by" agent. The one who
 * acts is left unsaid here; the relation stage takes the actor of the article's last claim of that type.
 */
function agentlessType(
  layout: Layout,
  group: VerbGroup,
  objects: Slot[],
  isAgent: (o: Slot) => boolean,
): string | null {
  if (!group.passive || objects.some(isAgent)) return null;
  return layout.tables.verbs.get(group.lemma) ?? null;
}

/** The verb group holds "not", "never" or "n't". */
function negated(layout: Layout, group: VerbGroup): boolean {
  return layout.words.some(
    (w) => w.start >= group.start && w.end <= group.end && /^(?:not|never|n't)$/.test(w.lemma),
  );
}

export function verbClaims(layout: Layout, described: Description[]): RelationFinding[] {
  const out: RelationFinding[] = [];
  const known: Reading[] = [];
  for (const [index, group] of layout.groups.entries()) {
    const subjects = subjectOf(layout, index, described, known);
    const isAgent = (o: Slot) => group.passive && o.governor === "by";
    const typed = (o: Slot) => typeOf(layout, group, o, isAgent(o)) !== null;
    const objects = reachable(
      layout,
      group,
      objectsOf(layout, sharedObjectGroup(layout, index) ?? group, described),
      typed,
    );
    known.push({ subjects, objects });
    if (subjects.length === 0) continue;
    // "OFAC today designated two companies …": the actor of a typed verb whose objects go unnamed here is kept
    // for the agentless passives after it.
    const actedOn = !group.passive && objects.length === 0 ? layout.tables.verbs.get(group.lemma) : undefined;
    for (const subject of actedOn ? subjects : []) {
      out.push(finding(layout.ctx, subject.mention.entityId, actedOn ?? "", UNSAID_AGENT, "clause.actor", 0));
    }
    const unsaid = agentlessType(layout, group, objects, isAgent);
    for (const subject of unsaid ? subjects : []) {
      out.push(
        finding(
          layout.ctx,
          UNSAID_AGENT,
          unsaid ?? "",
          subject.mention.entityId,
          "clause.agentless-passive",
          0.45,
        ),
      );
    }
    // "did not pay", "had never met": a denied act is no claim.
    if (negated(layout, group)) continue;
    for (const object of objects) {
      const agent = isAgent(object);
      // "owns and manages X": each typed verb coordinated before the last gives its own claim.
      for (const lemma of agent ? [] : group.coordinated) {
        const type = typeOf(layout, { ...group, lemma, coordinated: [] }, object, false);
        if (!type) continue;
        for (const subject of subjects) {
          out.push(
            finding(layout.ctx, subject.mention.entityId, type, object.mention.entityId, "clause.verb", 0.6),
          );
        }
      }
      const type = typeOf(layout, group, object, agent);
      if (!type && layout.tables.ignoredVerbs.has(group.lemma)) continue;
      for (const subject of subjects) {
        const [source, target] = agent ? [object, subject] : [subject, object];
        const claim = finding(
          layout.ctx,
          source.mention.entityId,
          type ?? "RELATED",
          target.mention.entityId,
          type ? "clause.verb" : "clause.phrase",
          type ? 0.6 : 0.45,
        );
        out.push(type ? claim : { ...claim, label: label(layout, group, object) });
      }
    }
  }
  return out;
}
