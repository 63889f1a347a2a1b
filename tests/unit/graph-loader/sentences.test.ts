import { describe, expect, it } from "vitest";
import { splitSentences } from "../../../graph-loader/extract/sentences.ts";

const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe("splitSentences", () => {
  it("does not split after abbreviations and initials", () => {
    expect(texts("Mr. Kim met U.S. officials in Washington, D.C. on Monday. Then he left.")).toEqual([
      "Mr. Kim met U.S. officials in Washington, D.C. on Monday.",
      "Then he left.",
    ]);
  });

  it("keeps a closing quote with its sentence", () => {
    expect(texts('"It is closed," he said. "Is it?" she asked. Yes.')).toEqual([
      '"It is closed," he said.',
      '"Is it?" she asked.',
      "Yes.",
    ]);
  });

  it("ends a sentence at a line break and keeps offsets exact", () => {
    const text = "Headline without a stop\nFirst one. Second one!";
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(["Headline without a stop", "First one.", "Second one!"]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(sentences.map((s) => s.index)).toEqual([0, 1, 2]);
  });

  it("does not split before a lower-case continuation", () => {
    expect(texts("It cost approx. five dollars. It was cheap.")).toHaveLength(2);
  });
});
