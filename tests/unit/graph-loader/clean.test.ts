import { describe, expect, it } from "vitest";
import { splitSentences } from "../../../graph-loader/extract/sentences.ts";
import { cleanBody, normaliseChars } from "../../../graph-loader/read/clean.ts";
import { parseArticle } from "../../../graph-loader/read/parse-article.ts";

const BODY = [
  "A source in Pyongyang told Daily NK on Monday that workers will go.  ",
  "",
  "A timber truck in Russia. / Image: Wikimedia Commons",
  "“They plan to send loggers,” he said.\tHe added more.",
  "by times news cr",
  "Please direct any comments or questions about this article to dailynkenglish@uni-media.net.",
  "Read in Korean",
  "Jong So Yong is one of Daily NK's freelance reporters. Questions about her articles can be directed to",
].join("\n");

describe("cleanBody", () => {
  const cleaned = cleanBody(BODY);

  it("drops bylines, captions, contact lines and reporter blurbs", () => {
    expect(cleaned.text).not.toMatch(
      /Image: Wikimedia|Please direct|Read in Korean|freelance reporters|times news cr/,
    );
    expect(cleaned.dropped.map((d) => d.reason)).toEqual([
      "caption",
      "byline",
      "contact",
      "language-link",
      "reporter-blurb",
    ]);
  });

  it("normalises quotes and whitespace", () => {
    expect(cleaned.text).toContain('"They plan to send loggers," he said. He added more.');
    expect(cleaned.text).not.toMatch(/\s$/);
  });

  it("maps every kept run back to the same characters of the body", () => {
    const body = normaliseChars(BODY);
    expect(cleaned.offsetMap.length).toBeGreaterThan(1);
    for (const seg of cleaned.offsetMap) {
      expect(cleaned.text.slice(seg.textStart, seg.textStart + seg.length)).toBe(
        body.slice(seg.bodyStart, seg.bodyStart + seg.length),
      );
    }
  });

  it("gives sentence offsets that index into the stored article text", () => {
    const { article } = parseArticle(`---\ntitle: t\n---\n${BODY}`, "t.md");
    const sentences = splitSentences(article.text);
    expect(sentences.length).toBe(3);
    for (const s of sentences) expect(article.text.slice(s.start, s.end)).toBe(s.text);
  });
});
