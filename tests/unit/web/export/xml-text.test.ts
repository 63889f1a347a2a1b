/** XML escaping and the fitting of text lines into the frame. */
import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { escapeXml, fitText, wrapText } from "../../../../web/client/features/export/xml-text.ts";

describe("escapeXml", () => {
  it("escapes the five XML specials", () => {
    expect(escapeXml(`<a href="x">Tom & 'Jerry'</a>`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;",
    );
  });

  it("drops control characters XML cannot hold, keeps tabs, newlines and non-Latin text", () => {
    const text = escapeXml("a\u0000b\u0008c\td\ne 조선 😀");
    expect(text).toBe("abc\td\ne 조선 😀");
    expect(XMLValidator.validate(`<t>${text}</t>`)).toBe(true);
  });
});

describe("fitting text", () => {
  it("cuts a line that is too long with an ellipsis and leaves a short one alone", () => {
    expect(fitText("short", 10, 500)).toBe("short");
    const cut = fitText("a".repeat(200), 10, 100);
    expect(cut.endsWith("…")).toBe(true);
    expect(cut.length).toBeLessThan(20);
  });

  it("wraps at spaces and marks what is left out", () => {
    expect(wrapText("one two three four", 9, 3)).toEqual(["one two", "three", "four"]);
    expect(wrapText("one two three four five six", 9, 2)).toEqual(["one two", "three…"]);
  });
});
