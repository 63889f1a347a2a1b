// A sentence laid out for the clause rules: its named things ("slots"), its verb groups, the bracketed asides
// and clause boundaries between them.

import type { ResolvedMention } from "../../../model.ts";
import { CO_MENTION_TYPES, outermost } from "../co-mentions.ts";
import { clauseEnd, clauseStart, type RuleContext } from "../context.ts";
import type { PhraseTables } from "./phrases.ts";
import { infinitive, type TaggedWord, tagSentence } from "./tagged-sentence.ts";

/**
 * Things a clause can link: the parties a co-mention joins. Amounts, commodities, events and dates are what a
 * claim is about; groups ("workers", "officials") are left to the topic rules, so that a common noun does not
 * become the hub of every sentence's phrases.
 */
const SLOT_TYPES = CO_MENTION_TYPES;

export interface Slot {
  mention: ResolvedMention;
  /** The preposition right before the name ("to", "by"), the article "the" skipped; null when none. */
  governor: string | null;
  /** Written inside brackets: an alias or an aside, not a party of the clause around it. */
  bracketed: boolean;
  /** Part of a longer word ("DPRK-based", "Sierra Leone-flagged"): a modifier, never a subject. */
  modifier: boolean;
  /**
   * Qualifies the noun after it ("North Korean coal", "the Vientiane restaurant", "Pyongyang's weapons"): the
   * noun, not the name, takes part in the clause.
   */
  attributive: boolean;
}

export interface VerbGroup {
  start: number;
  end: number;
  /** Infinitive of the group's last verb, which carries the meaning ("has been designated" → "designate"). */
  lemma: string;
  /** Verbs coordinated before the last one, which share its objects ("owns and manages" → ["own"]). */
  coordinated: string[];
  passive: boolean;
  /** The group follows a relative pronoun ("which was seized"); the pronoun's start. */
  relativeAt: number | null;
  /** Holds a finite auxiliary or a speech verb: it starts a new clause rather than modifying a noun. */
  finite: boolean;
  /** Opens with an -ing form ("for having assisted", "laundering"): its subject is left to the clause. */
  gerund: boolean;
}

export interface Layout {
  ctx: RuleContext;
  tables: PhraseTables;
  words: TaggedWord[];
  slots: Slot[];
  /** The slots that can take part in a clause: not an aside in brackets, not the outlet or a cited source. */
  parties: Slot[];
  groups: VerbGroup[];
  brackets: Array<{ start: number; end: number }>;
}

function bracketRanges(text: string, base: number): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const m of text.matchAll(/\([^()]*\)|\[[^[\]]*\]/g)) {
    out.push({ start: base + (m.index ?? 0), end: base + (m.index ?? 0) + m[0].length });
  }
  return out;
}

/** A named possessor right before a name, its connectors included ("the Department of the Treasury's"). */
const POSSESSOR_BEFORE = /(?:\p{Lu}[\p{L}.-]*\s+(?:(?:of|for|the|and)\s+)*)*\p{Lu}[\p{L}.-]*['\u2019]s\s+$/u;
const GOVERNOR = /\b([a-z]+)\s+(?:the\s+|an?\s+)?$/;
/** "near the port of", "in the northern city of": a place noun before the name leaves the preposition before it. */
export const PLACE_NOUN_OF =
  /\s+(?:the|a)\s+(?:[a-z-]+\s+){0,2}(?:port|city|town|village|suburb|district|province|region|county|island|harbou?r|capital)\s+of\s+$/;

function slotOf(
  ctx: RuleContext,
  m: ResolvedMention,
  words: TaggedWord[],
  layout: Pick<Layout, "brackets" | "tables">,
): Slot {
  const text = ctx.sentence.text;
  // A possessor before the name takes the preposition: "issued by North Korea's Ministry of Foreign Affairs".
  const before = text
    .slice(Math.max(0, m.start - ctx.sentence.start - 60), m.start - ctx.sentence.start)
    .replace(POSSESSOR_BEFORE, "");
  const word = GOVERNOR.exec(before.replace(PLACE_NOUN_OF, " "))?.[1] ?? null;
  const governor = word && PREPOSITIONS.has(word) ? word : null;
  const next = text.slice(m.end - ctx.sentence.start, m.end - ctx.sentence.start + 2);
  const following = words.find((w) => w.start >= m.end);
  const noun =
    !!following && following.start === m.end + 1 && following.isNoun && /^\p{Ll}/u.test(following.text);
  // "North Korean workers": a demonym before a noun for people stands for its country as a party.
  const people =
    m.detector === "gazetteer-demonym" && !!following && layout.tables.peopleNouns.has(following.lemma);
  return {
    mention: m,
    governor,
    bracketed: layout.brackets.some((b) => b.start < m.start && m.end < b.end),
    modifier: next.startsWith("-"),
    attributive:
      m.attributes?.possessive === 1 ||
      next.startsWith("-") ||
      /^['\u2019]s?/.test(next) ||
      (noun && !people && !/[,;:]/.test(text.charAt(m.end - ctx.sentence.start))),
  };
}

/** Prepositions that make a name an oblique rather than a subject or direct object. */
export const PREPOSITIONS = new Set(
  (
    "in to from of with at by for via through into onto on against between among near off outside inside " +
    "over under across toward towards about after before during without within than like including"
  ).split(" "),
);

const inAny = (ranges: Array<{ start: number; end: number }>, at: number) =>
  ranges.some((r) => r.start <= at && at < r.end);

function verbGroups(words: TaggedWord[], slots: Slot[], layout: Pick<Layout, "brackets" | "tables">) {
  const { tables } = layout;
  const inSlot = (w: TaggedWord) => slots.some((s) => s.mention.start < w.end && w.start < s.mention.end);
  // A past form right after a name is its verb even where the tagger read an adjective ("the Haesong 7 loaded").
  // "Belize-flagged" is a modifier: the word must stand apart from the name.
  const afterName = (w: TaggedWord, index: number) =>
    slots.some((s) => s.mention.end === w.start - 1) &&
    !words[index - 1]?.after.endsWith("-") &&
    /^\p{Ll}+ed$/u.test(w.text);
  const verbal = (w: TaggedWord | undefined, index: number) =>
    !!w &&
    (w.isVerb || (afterName(w, index) && !w.isPreposition)) &&
    !inSlot(w) &&
    !inAny(layout.brackets, w.start) &&
    (index === 0 || !/^\p{Lu}/u.test(w.text));
  const groups: VerbGroup[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!verbal(words[i], i)) continue;
    let last = i;
    let j = i + 1;
    while (j < words.length) {
      const w = words[j];
      if (!w) break;
      // "continued to earn", "agreed to send": an infinitive after a verb carries the meaning.
      const infinitive = w.lemma === "to" && !w.after && verbal(words[j + 1], j + 1);
      if (verbal(w, j)) last = j;
      else if (
        !(
          w.isAdverb ||
          infinitive ||
          tables.verbGroupFillers.has(w.lemma) ||
          w.lemma === "and" ||
          w.lemma === "or"
        )
      )
        break;
      if (words[j - 1]?.after) break;
      j++;
    }
    const members = words.slice(i, last + 1).filter((w, k) => verbal(w, i + k));
    const head = members[members.length - 1];
    if (!head) continue;
    const auxiliaries = members.slice(0, -1).map((w) => w.lemma);
    const coordinated = members
      .slice(0, -1)
      .filter((w) => {
        const next = words[words.indexOf(w) + 1];
        return next?.lemma === "and" || next?.lemma === "or";
      })
      .map((w) => w.lemma)
      .filter((lemma) => !tables.passiveAuxiliaries.has(lemma));
    const previous = words[i - 1];
    const relative =
      previous && tables.relativePronouns.has(previous.lemma) && !previous.after ? previous : null;
    groups.push({
      start: words[i]?.start ?? head.start,
      end: head.end,
      lemma: head.lemma,
      coordinated,
      passive: head.isParticiple && auxiliaries.some((a) => tables.passiveAuxiliaries.has(a)),
      relativeAt: relative ? relative.start : null,
      gerund: /ing$/i.test(words[i]?.text ?? ""),
      finite:
        auxiliaries.length > 0 ||
        tables.ignoredVerbs.has(head.lemma) ||
        members.some((w) =>
          ["be", "have", "will", "would", "can", "could", "may", "might"].includes(w.lemma),
        ),
    });
    i = last;
  }
  return groups;
}

/** A name coordinated with a governed one shares its preposition: "from Pyongyang and South Pyongan Province". */
function inheritGovernors(ctx: RuleContext, slots: Slot[]): Slot[] {
  const out: Slot[] = [];
  for (const slot of slots) {
    const previous = out[out.length - 1];
    const gap = previous
      ? ctx.sentence.text.slice(
          previous.mention.end - ctx.sentence.start,
          slot.mention.start - ctx.sentence.start,
        )
      : "";
    const coordinated = /^\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)(?:the\s+)?$/.test(gap);
    out.push(
      previous && coordinated && slot.governor === null ? { ...slot, governor: previous.governor } : slot,
    );
  }
  return out;
}

/** Singular stems of a plural-looking word: "employs" → employ, "supplies" → supply, "finances" → finance. */
function stemsOf(word: string): string[] {
  const stems = [word.replace(/s$/, "")];
  if (/ies$/.test(word)) stems.push(word.replace(/ies$/, "y"));
  if (/(?:sh|ch|ss|x|z)es$/.test(word)) stems.push(word.replace(/es$/, ""));
  return stems;
}

/** The infinitive of a past form: the verb table's spelling first ("charged" → charge), else the conjugator's. */
function pastStem(word: string, verbKeys: ReadonlySet<string>): string {
  const candidates = [word.slice(0, -1), word.slice(0, -2), word.slice(0, -3), word.replace(/ied$/, "y")];
  const known = candidates.find((c) => verbKeys.has(c));
  if (known) return known;
  const conjugated = infinitive(word);
  return conjugated !== word ? conjugated : word.slice(0, -2);
}

/**
 * The tagger reads a few verbs as other words: present tenses as plural nouns ("The company employs 300 workers"),
 * participles as adjectives ("was charged with"). A plural-looking word after a noun or name, before an article,
 * number or name, whose stem is a verb of the phrase table, is that verb; a past form after "be" is a participle;
 * and a plural the tagger read as a verb, right after the common-noun object of a verb, is a noun.
 */
/**
 * "Ana Ruiz, a Colombian citizen, runs …": the words before `i` end an apposition (a name, a comma, then "a", "an"
 * or "the" and no verb up to the comma before `i`), so the word at `i` starts the name's own predicate.
 */
function appositionBefore(words: readonly TaggedWord[], i: number): boolean {
  for (let k = i - 1; k > 0 && i - k <= 8; k--) {
    const word = words[k];
    if (!word || word.isVerb) return false;
    const before = words[k - 1];
    if (before?.after === ",") {
      return /^(?:a|an|the)$/i.test(word.text) && /^\p{Lu}/u.test(before.text);
    }
  }
  return false;
}

function repairVerbs(words: TaggedWord[], tables: PhraseTables): TaggedWord[] {
  const verbKeys = tables.verbLemmas;
  return words.map((w, i) => {
    const previous = words[i - 1];
    const next = words[i + 1];
    // "was charged with": a past form right after a form of "be" is its participle, whatever the tagger read.
    if (!w.isVerb && /^\p{Ll}+ed$/u.test(w.text) && previous?.isVerb && !previous.after) {
      if (tables.passiveAuxiliaries.has(previous.lemma)) {
        return { ...w, isVerb: true, isNoun: false, isParticiple: true, lemma: pastStem(w.lemma, verbKeys) };
      }
    }
    // "negotiated coal purchases with", "imposed trade restrictions on": a plural right after a common noun that
    // is itself the object of a verb is a noun, not a second verb with no subject.
    const beforePrevious = words[i - 2];
    if (
      w.isVerb &&
      !w.isParticiple &&
      /^\p{Ll}+s$/u.test(w.text) &&
      previous?.isNoun &&
      !previous.isVerb &&
      /^\p{Ll}/u.test(previous.text) &&
      !previous.after &&
      beforePrevious?.isVerb &&
      !beforePrevious.after
    ) {
      return { ...w, isVerb: false, isNoun: true, lemma: stemsOf(w.lemma)[0] ?? w.lemma };
    }
    // "the Vladivostok-based rights group": a plural between a participle that qualifies and a noun is a noun.
    if (
      w.isVerb &&
      /^\p{Ll}+s$/u.test(w.text) &&
      !w.after &&
      previous?.isParticiple &&
      !previous.after &&
      next?.isNoun &&
      !next.isVerb &&
      /^\p{Ll}/u.test(next.text)
    ) {
      return { ...w, isVerb: false, isNoun: true, lemma: stemsOf(w.lemma)[0] ?? w.lemma };
    }
    if (!w.isNoun || w.isVerb || !/^\p{Ll}+s$/u.test(w.text) || !previous || !next) return w;
    const closesApposition = previous.after === "," && appositionBefore(words, i);
    if ((previous.after && !closesApposition) || !(previous.isNoun || previous.isPronoun) || w.after)
      return w;
    if (!(next.isDeterminer || /^(?:\d|\p{Lu})/u.test(next.text) || next.lemma === "about")) return w;
    const stem = stemsOf(w.lemma).find((s) => verbKeys.has(s));
    return stem ? { ...w, isVerb: true, isNoun: false, lemma: stem } : w;
  });
}

/** Lays out the sentence of `ctx`, or returns null when it names nothing. */
export function layOut(ctx: RuleContext, tables: PhraseTables): Layout | null {
  const named = outermost(ctx.mentions.filter((m) => SLOT_TYPES.includes(m.type)));
  // One name is enough: an agentless passive links it to an actor named in an earlier sentence.
  if (named.length === 0) return null;
  const brackets = bracketRanges(ctx.sentence.text, ctx.sentence.start);
  const base = { brackets, tables };
  const words = repairVerbs(tagSentence(ctx.sentence.text, ctx.sentence.start), tables);
  const slots = inheritGovernors(
    ctx,
    named.map((m) => slotOf(ctx, m, words, base)),
  );
  const parties = slots.filter((s) => !s.bracketed && !isSource(ctx, s.mention));
  return { ctx, tables, words, slots, parties, groups: verbGroups(words, slots, base), brackets };
}

/** Sentence text between two article offsets, bracketed asides removed. */
export function gapText(layout: Layout, from: number, to: number): string {
  const { ctx } = layout;
  let text = "";
  let at = from;
  for (const b of layout.brackets.filter((r) => r.start >= from && r.end <= to)) {
    text += ctx.sentence.text.slice(at - ctx.sentence.start, b.start - ctx.sentence.start);
    at = b.end;
  }
  return (text + ctx.sentence.text.slice(at - ctx.sentence.start, to - ctx.sentence.start)).replace(
    /\s+/g,
    " ",
  );
}

const TOLD_BEFORE = /\b(?:told|according\s+to)\s+(?:the\s+)?$/i;

/** The outlet, or the one told or cited ("told Daily NK", "according to Reuters"): a source, not a party. */
function isSource(ctx: RuleContext, m: ResolvedMention): boolean {
  if (m.entityId === ctx.outlet) return true;
  return TOLD_BEFORE.test(
    ctx.sentence.text.slice(Math.max(0, m.start - ctx.sentence.start - 24), m.start - ctx.sentence.start),
  );
}

/** Start and end of the clause holding `at`. */
export function clauseAround(layout: Layout, at: number): { start: number; end: number } {
  return { start: clauseStart(layout.ctx, at), end: clauseEnd(layout.ctx, at) };
}
