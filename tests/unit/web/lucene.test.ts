import { describe, expect, it } from "vitest";
import { escapeLucene, fuzzyQuery, searchWords } from "../../../web/server/neo4j/lucene.ts";

describe("Lucene queries from what people type", () => {
  it("escapes every special character", () => {
    expect(escapeLucene('a+b-c&&d||e!(f){g}[h]^i"j~k*l?m:n\\o/p')).toBe(
      'a\\+b\\-c\\&\\&d\\|\\|e\\!\\(f\\)\\{g\\}\\[h\\]\\^i\\"j\\~k\\*l\\?m\\:n\\\\o\\/p',
    );
  });

  it("splits words and trims punctuation from their edges", () => {
    expect(searchWords('  "Dandong," (Harbin)  ')).toEqual(["Dandong", "Harbin"]);
    expect(searchWords("*** ???")).toEqual([]);
  });

  it("adds fuzzy terms for longer words, with more edits allowed for longer ones", () => {
    expect(fuzzyQuery("Dandung")).toBe('"Dandung"^4 OR ((Dandung^3 OR Dandung*^2 OR Dandung~2))');
    expect(fuzzyQuery("Rasn")).toContain("Rasn~1");
    expect(fuzzyQuery("UN")).not.toContain("~");
  });

  it("never makes a number fuzzy, and finds what holds some of several words", () => {
    const query = fuzzyQuery("UNSC 2397");
    expect(query).not.toContain("2397~");
    expect(query).toBe(
      '"UNSC 2397"^4 OR ((UNSC^3 OR UNSC*^2 OR UNSC~1) AND (2397^3 OR 2397*^2))^2 OR ((UNSC^3 OR UNSC*^2 OR UNSC~1) OR (2397^3 OR 2397*^2))',
    );
  });

  it("keeps operators and syntax as plain text", () => {
    expect(fuzzyQuery("AND")).toBe('"AND"^4 OR ((and^3 OR and*^2))');
    expect(fuzzyQuery("name:x")).toContain("name\\:x");
    expect(fuzzyQuery("!!!")).toBe("");
  });
});
