// One sentence as words with parts of speech (compromise's tagger), in article offsets.

import nlp from "compromise";

export interface TaggedWord {
  text: string;
  /** Lower-case form; for verbs, the infinitive ("seized" → "seize"). */
  lemma: string;
  start: number;
  end: number;
  isVerb: boolean;
  isAdverb: boolean;
  isPreposition: boolean;
  isDeterminer: boolean;
  isNoun: boolean;
  isPronoun: boolean;
  /** A past participle in a passive ("was seized"), or a past form that may be one. */
  isParticiple: boolean;
  /** Punctuation written right after the word (", " or ") "), as compromise keeps it. */
  after: string;
  /** Punctuation written right before the word ("(", "\""). */
  before: string;
}

interface CompromiseTerm {
  text: string;
  normal?: string;
  pre: string;
  post: string;
  tags: string[];
  offset: { start: number; length: number };
}

const infinitives = new Map<string, string>();

/** The infinitive of a verb form, memoised: compromise's conjugator is slow compared with a lookup. */
export function infinitive(word: string): string {
  const known = infinitives.get(word);
  if (known !== undefined) return known;
  const found = (nlp(word).verbs().toInfinitive().text() || word).toLowerCase();
  infinitives.set(word, found);
  return found;
}

/** Tags `text`, a sentence starting at article offset `base`. */
export function tagSentence(text: string, base: number): TaggedWord[] {
  const sentences = nlp(text).json({ offset: true, terms: { offset: true } }) as Array<{
    terms: CompromiseTerm[];
  }>;
  const out: TaggedWord[] = [];
  for (const term of sentences.flatMap((s) => s.terms)) {
    if (term.offset.length === 0 || term.text === "") continue;
    const tags = new Set(term.tags);
    const lower = (term.normal ?? term.text).toLowerCase();
    const isVerb = tags.has("Verb");
    out.push({
      text: term.text,
      lemma: isVerb ? infinitive(lower) : lower,
      start: base + term.offset.start,
      end: base + term.offset.start + term.offset.length,
      isVerb,
      isAdverb: tags.has("Adverb"),
      isPreposition: tags.has("Preposition"),
      isDeterminer: tags.has("Determiner"),
      isNoun: tags.has("Noun") && !tags.has("Pronoun"),
      isPronoun: tags.has("Pronoun"),
      isParticiple: tags.has("Passive") || tags.has("PastTense") || tags.has("Participle"),
      after: term.post.trim(),
      before: term.pre.trim(),
    });
  }
  return out;
}
