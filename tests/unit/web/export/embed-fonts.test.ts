/**
 * The shipped font written into exported SVGs: the faces the text needs (Latin always, the symbols subset for "→",
 * Cyrillic only for Cyrillic names), each as a data: URI of the very woff2 file the app serves, in well-formed XML.
 */
import fs from "node:fs";
import path from "node:path";
import { XMLValidator } from "fast-xml-parser";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { textCodePoints, withEmbeddedFonts } from "../../../../web/client/lib/fonts/embed-fonts.ts";
import { coversAny, parseUnicodeRange } from "../../../../web/client/lib/fonts/unicode-range.ts";

const ROOT = path.resolve(import.meta.dirname, "../../../..");

/** Serves the app's font files from disk, as the built app serves them by URL (Vite's `/@fs/` for node_modules). */
function fileFetch(url: string): Promise<Response> {
  const file = url.replace(/[?#].*$/, "");
  const local = file.startsWith("/@fs/") ? file.slice("/@fs".length) : path.join(ROOT, file);
  return Promise.resolve(new Response(fs.readFileSync(local)));
}

function svgWith(text: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">\n<text>${text}</text>\n</svg>`;
}

/** The decoded font data of each @font-face, keyed by weight and unicode-range. */
function faces(svg: string): Array<{ weight: string; range: string; bytes: Buffer }> {
  return [
    ...svg.matchAll(
      /font-weight:(\d+);src:url\(data:font\/woff2;base64,([^)]+)\)[^;]*;unicode-range:([^;]+);/g,
    ),
  ].map(([, weight = "", data = "", range = ""]) => ({ weight, range, bytes: Buffer.from(data, "base64") }));
}

describe("withEmbeddedFonts", () => {
  beforeEach(() => vi.stubGlobal("fetch", vi.fn(fileFetch)));
  afterEach(() => vi.unstubAllGlobals());

  it("embeds Inter's Latin faces, regular and bold, as woff2 data inside the document", async () => {
    const svg = await withEmbeddedFonts(svgWith("Dandong"));
    expect(XMLValidator.validate(svg)).toBe(true);
    const embedded = faces(svg);
    expect(embedded.map((face) => face.weight)).toEqual(["400", "700"]);
    const latin = fs.readFileSync(
      path.join(ROOT, "node_modules/@fontsource/inter/files/inter-latin-400-normal.woff2"),
    );
    expect(embedded[0]?.bytes.equals(latin)).toBe(true);
    expect(svg.indexOf("<defs><style>@font-face")).toBeLessThan(svg.indexOf("<text>"));
  });

  it("adds the symbols subset only when the text has an arrow", async () => {
    const plain = faces(await withEmbeddedFonts(svgWith("Pyongyang to Russia")));
    expect(plain.some((face) => face.range.includes("U+2190"))).toBe(false);
    const arrow = faces(await withEmbeddedFonts(svgWith("Pyongyang → Russia, leg 2")));
    const symbols = arrow.filter((face) => face.range.includes("U+2190"));
    expect(symbols.map((face) => face.weight)).toEqual(["400", "700"]);
    expect(symbols[0]?.bytes.subarray(0, 4).toString("latin1")).toBe("wOF2");
  });

  it("adds Cyrillic faces for Cyrillic names and nothing for text in tags", async () => {
    const cyrillic = faces(await withEmbeddedFonts(svgWith("Владивосток")));
    expect(cyrillic.some((face) => face.range.includes("U+0400-045F"))).toBe(true);
    const attribute = faces(await withEmbeddedFonts(`<svg a="Владивосток→"><text>Dandong</text></svg>`));
    expect(attribute.map((face) => face.range.slice(0, 11))).toEqual(["U+0000-00FF", "U+0000-00FF"]);
  });
});

describe("text and ranges", () => {
  it("reads the code points between tags", () => {
    expect([...textCodePoints(`<svg><text x="→">a→</text></svg>`)]).toEqual([0x61, 0x2192]);
  });

  it("parses unicode-range lists with single points and intervals", () => {
    const ranges = parseUnicodeRange("U+0000-00FF,U+0131, U+2190-21FF");
    expect(ranges).toEqual([
      [0, 0xff],
      [0x131, 0x131],
      [0x2190, 0x21ff],
    ]);
    expect(coversAny(ranges, new Set([0x2192]))).toBe(true);
    expect(coversAny(ranges, new Set([0x0400]))).toBe(false);
  });
});
