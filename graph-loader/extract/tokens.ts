// Word tokens with offsets: words keep inner apostrophes ("People's"), punctuation is one token per mark.

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Starts with an upper-case letter or a digit-letter code such as "COVID-19". */
  capitalised: boolean;
  word: boolean;
}

const TOKEN = /[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)*'?|[^\s\p{L}\p{N}]/gu;

/** Tokenises `text`, adding `base` to every offset (pass the sentence start to get article offsets). */
export function tokenize(text: string, base = 0): Token[] {
  const out: Token[] = [];
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const word = /[\p{L}\p{N}]/u.test(m[0]);
    out.push({
      text: m[0],
      start: base + m.index,
      end: base + m.index + m[0].length,
      capitalised: word && /^\p{Lu}/u.test(m[0]),
      word,
    });
  }
  return out;
}

/** Strips a possessive ending: "Russia's" -> "Russia", "Workers'" stays "Workers'" unless asked. */
export function withoutPossessive(word: string): string {
  return word.replace(/'s$/i, "");
}
