import { describe, expect, it } from "vitest";
import { visibleText } from "../../../web/shared/visible-text.ts";

describe("visibleText", () => {
  it("shows bidirectional overrides, embeddings and isolates as their code points", () => {
    expect(visibleText("invoice\u202Egpj.exe")).toBe("invoice[U+202E]gpj.exe");
    const all = "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069";
    expect(visibleText(all)).toBe("[U+202A][U+202B][U+202C][U+202D][U+202E][U+2066][U+2067][U+2068][U+2069]");
  });

  it("shows NUL and other control characters as control pictures or code points", () => {
    expect(visibleText("Kim\u0000 Jong")).toBe("Kim\u2400 Jong");
    expect(visibleText("a\u0007b\u001Bc\u007Fd\u0085e")).toBe("a\u2407b\u241Bc\u2421d[U+0085]e");
  });

  it("leaves ordinary text alone, right-to-left scripts, marks and line breaks included", () => {
    for (const text of [
      "Dandong",
      "평양",
      "بيونغ يانغ",
      "a\u200Fb",
      "two\nlines\tand\rreturn",
      "Zoë – café",
    ]) {
      expect(visibleText(text)).toBe(text);
    }
  });
});
