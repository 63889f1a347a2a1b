import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeArticleBytes, MAX_ARTICLE_BYTES } from "../../../graph-loader/read/decode.ts";
import { ArticleReadError } from "../../../graph-loader/read/errors.ts";
import { parseArticle } from "../../../graph-loader/read/parse-article.ts";
import { expandArticlePaths, readArticle } from "../../../graph-loader/read/read-article.ts";
import { createArticleText } from "./factories.ts";

function reasonOf(fn: () => unknown): string | null {
  try {
    fn();
    return null;
  } catch (error) {
    return error instanceof ArticleReadError ? error.reason : "other";
  }
}

const encode = (s: string) => new TextEncoder().encode(s);

describe("decodeArticleBytes", () => {
  it("rejects an empty or blank file", () => {
    expect(reasonOf(() => decodeArticleBytes(new Uint8Array(), "a.txt"))).toBe("empty");
    expect(reasonOf(() => decodeArticleBytes(encode(" \n\t\n"), "a.txt"))).toBe("empty");
  });

  it("rejects binary content", () => {
    expect(
      reasonOf(() => decodeArticleBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]), "a.png")),
    ).toBe("binary");
  });

  it("rejects bytes that are not UTF-8", () => {
    const latin1 = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72]);
    expect(reasonOf(() => decodeArticleBytes(latin1, "a.txt"))).toBe("not-utf8");
  });

  it("rejects a file over 20 MB", () => {
    const big = new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(0x61);
    expect(reasonOf(() => decodeArticleBytes(big, "big.txt"))).toBe("too-large");
  });

  it("keeps the cause of a decoding failure", () => {
    try {
      decodeArticleBytes(new Uint8Array([0xff, 0xfe, 0x41]), "a.txt");
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ArticleReadError);
      expect((error as ArticleReadError).cause).toBeDefined();
    }
  });
});

describe("parseArticle", () => {
  it("reads the header fields and date precision", () => {
    const { article, warnings } = parseArticle(createArticleText({ id: "x1", published: "2023-10" }), "x.md");
    expect(article).toMatchObject({ id: "x1", title: "A test article", source: "Test Wire" });
    expect(article.published).toEqual({ value: "2023-10", precision: "month" });
    expect(warnings).toEqual([]);
  });

  it("loads a file without a header with a warning, title from the first line, date unknown", () => {
    const { article, warnings } = parseArticle(
      "Workers leave for Russia\n\nNorth Korea sent workers.",
      "dir/no-header.txt",
    );
    expect(article.id).toBe("no-header");
    expect(article.title).toBe("Workers leave for Russia");
    expect(article.published.precision).toBe("unknown");
    expect(warnings).toHaveLength(1);
  });

  it.each([
    ["unterminated", "---\ntitle: x\nBody text."],
    ["not YAML", "---\ntitle: [unclosed\n---\nBody."],
    ["wrong field type", "---\ntitle: 42\nauthors: nobody\n---\nBody."],
  ])("rejects a broken header (%s)", (_case, text) => {
    expect(reasonOf(() => parseArticle(text, "bad.md"))).toBe("broken-header");
  });

  it("loads an approximate or unreadable date with a warning instead of skipping the article", () => {
    const approx = parseArticle("---\ntitle: x\npublished: 2019-04 (approx.)\n---\nBody.", "a.md");
    expect(approx.article.published).toMatchObject({ value: "2019-04", precision: "month" });
    expect(approx.warnings.join(" ")).toMatch(/a\.md: published "2019-04 \(approx\.\)" read as 2019-04/);
    const unreadable = parseArticle("---\ntitle: x\npublished: the week after Easter\n---\nBody.", "u.md");
    expect(unreadable.article.published).toMatchObject({ value: null, precision: "unknown" });
    expect(unreadable.warnings.join(" ")).toMatch(/is not a date .* left unknown/);
  });

  it("rejects an article that is only boilerplate", () => {
    expect(reasonOf(() => parseArticle("---\ntitle: x\n---\nRead in Korean\n", "b.md"))).toBe("empty");
  });
});

describe("readArticle", () => {
  it("reports a missing file as not-found", async () => {
    await expect(readArticle("/nonexistent/article.txt")).rejects.toMatchObject({ reason: "not-found" });
  });

  it("reads a file and lists article files of a folder in order", async () => {
    const dir = await mkdtemp(join(tmpdir(), "articles-"));
    await writeFile(join(dir, "b.md"), createArticleText({ id: "b" }));
    await writeFile(join(dir, "a.txt"), "Title\n\nBody text here.");
    await writeFile(join(dir, "notes.json"), "{}");
    const paths = await expandArticlePaths([dir]);
    expect(paths.map((p) => p.slice(dir.length + 1))).toEqual(["a.txt", "b.md"]);
    const { article } = await readArticle(join(dir, "b.md"));
    expect(article.id).toBe("b");
  });
});
