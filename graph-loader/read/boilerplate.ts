// Recognises lines that are not part of the story: contact lines, bylines, image captions, reporter blurbs.

export interface BoilerplateRule {
  id: string;
  pattern: RegExp;
}

/** Ordered rules; the first that matches a whole (trimmed) line names the reason it is dropped. */
export const BOILERPLATE_RULES: readonly BoilerplateRule[] = [
  { id: "contact", pattern: /^(please direct any comments|questions or comments about this article)/i },
  { id: "contact", pattern: /^(contact us|send (us )?tips|for inquiries)\b/i },
  { id: "language-link", pattern: /^[Rr]ead (this )?in [A-Z][a-z]+$/ },
  { id: "reporter-blurb", pattern: /\bis (one of|a) .{0,60}\b(reporters?|correspondents?|journalists?)\b/i },
  { id: "byline", pattern: /^by\s+[^.!?]{1,60}$/i },
  { id: "byline", pattern: /^(reporter|correspondent|staff writer)s?\s+[A-Z][^.!?]{0,80}$/i },
  { id: "credit", pattern: /^(translated|edited|written|reported) by [^"“]{1,80}$/i },
  { id: "caption", pattern: /\s\/\s*(image|photo|photograph|source|credit)s?\s*:/i },
  { id: "caption", pattern: /^\((photo|image|picture)\b/i },
  { id: "timestamp", pattern: /^\d{4}[-./]\d{2}[-./]\d{2}([ T]\d{2}:\d{2}(:\d{2})?)?$/ },
  { id: "email", pattern: /^\S+@\S+\.\S+$|\[email\s*protected\]/i },
  {
    id: "page-furniture",
    pattern: /^(you may also like|leave a comment|related articles?|share this( article)?)$/i,
  },
  { id: "outlet-blurb", pattern: /\b(can be found on our|our faq page|works with a network of sources)\b/i },
];

/** The rule id that marks this line as boilerplate, or null when the line is story text. */
export function boilerplateReason(line: string): string | null {
  const trimmed = line.trim();
  if (trimmed.length === 0) return null;
  for (const rule of BOILERPLATE_RULES) {
    if (rule.pattern.test(trimmed)) return rule.id;
  }
  return null;
}
