// Folding of names for lookup: no diacritics, no apostrophes, hyphens as spaces, lower case.

/** "Sinŭiju" -> "sinuiju", "Namp'o" -> "nampo", "Rajin-Sonbong" -> "rajin sonbong". */
export function foldName(text: string): string {
  return foldKeepCase(text).toLowerCase();
}

/** Same folding but keeping case, for the check that capitalised spellings were capitalised in the text. */
export function foldKeepCase(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/['\u2019\u2018`.]/g, "")
    .replace(/[-\u2010-\u2015]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Stable id slug: "Kim Jong Un" -> "kim-jong-un". */
export function slugify(text: string): string {
  return foldName(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
