/**
 * The shipped Inter faces written into an SVG document as `@font-face` rules with `data:` URIs, so that the SVG
 * draws with the same glyphs wherever it is opened (and when the browser rasterizes it as an image, which may load
 * no other file). Only the subsets that the document's text needs go in, both weights each.
 */

import cyrillicW400 from "@fontsource/inter/files/inter-cyrillic-400-normal.woff2?url";
import cyrillicW700 from "@fontsource/inter/files/inter-cyrillic-700-normal.woff2?url";
import greekW400 from "@fontsource/inter/files/inter-greek-400-normal.woff2?url";
import greekW700 from "@fontsource/inter/files/inter-greek-700-normal.woff2?url";
import latinW400 from "@fontsource/inter/files/inter-latin-400-normal.woff2?url";
import latinW700 from "@fontsource/inter/files/inter-latin-700-normal.woff2?url";
import latinExtW400 from "@fontsource/inter/files/inter-latin-ext-400-normal.woff2?url";
import latinExtW700 from "@fontsource/inter/files/inter-latin-ext-700-normal.woff2?url";
import vietnameseW400 from "@fontsource/inter/files/inter-vietnamese-400-normal.woff2?url";
import vietnameseW700 from "@fontsource/inter/files/inter-vietnamese-700-normal.woff2?url";
import unicodeRanges from "@fontsource/inter/unicode.json";
import symbolsW400 from "../../assets/fonts/inter-symbols-400-normal.woff2?url";
import symbolsW700 from "../../assets/fonts/inter-symbols-700-normal.woff2?url";
import { bytesToBase64 } from "../base64.ts";
import { type CodePointRange, coversAny, parseUnicodeRange } from "./unicode-range.ts";

export interface EmbeddableFace {
  weight: 400 | 700;
  url: string;
  unicodeRange: string;
  ranges: CodePointRange[];
  /** A character the face draws, to check that a browser has it ready. */
  sample: string;
}

/** Must match the unicode-range of assets/fonts/inter-symbols.css. */
const SYMBOLS_RANGE = "U+2190-21FF,U+25A0-25FF";

const FACES: EmbeddableFace[] = [
  ...face(unicodeRanges.latin, "A", latinW400, latinW700),
  ...face(unicodeRanges["latin-ext"], "Ā", latinExtW400, latinExtW700),
  ...face(unicodeRanges.cyrillic, "Д", cyrillicW400, cyrillicW700),
  ...face(unicodeRanges.greek, "Ω", greekW400, greekW700),
  ...face(unicodeRanges.vietnamese, "Ạ", vietnameseW400, vietnameseW700),
  ...face(SYMBOLS_RANGE, "→", symbolsW400, symbolsW700),
];

function face(unicodeRange: string, sample: string, regular: string, bold: string): EmbeddableFace[] {
  const ranges = parseUnicodeRange(unicodeRange);
  return [
    { weight: 400, url: regular, unicodeRange, ranges, sample },
    { weight: 700, url: bold, unicodeRange, ranges, sample },
  ];
}

const fetched = new Map<string, Promise<string>>();

/** The document with a `<style>` of the faces its text needs, right after its root element's start tag. */
export async function withEmbeddedFonts(svg: string): Promise<string> {
  const open = svg.match(/<svg\b[^>]*>/);
  if (!open || open.index === undefined) throw new Error("Not an SVG document.");
  const rules = await fontFaceRules(textCodePoints(svg));
  if (!rules) return svg;
  const at = open.index + open[0].length;
  return `${svg.slice(0, at)}\n<defs><style>${rules}</style></defs>${svg.slice(at)}`;
}

/** The faces that cover any of the code points. */
export function facesFor(codePoints: ReadonlySet<number>): EmbeddableFace[] {
  return FACES.filter((candidate) => coversAny(candidate.ranges, codePoints));
}

/** The `@font-face` rules, with the font data inline, of the faces that cover any of the code points. */
export function fontFaceRules(codePoints: ReadonlySet<number>): Promise<string> {
  return rulesOf(facesFor(codePoints));
}

export async function rulesOf(faces: readonly EmbeddableFace[]): Promise<string> {
  const rules = await Promise.all(
    faces.map(
      async ({ weight, url, unicodeRange }) =>
        `@font-face{font-family:"Inter";font-style:normal;font-weight:${weight};` +
        `src:url(data:font/woff2;base64,${await fontData(url)}) format("woff2");unicode-range:${unicodeRange};}`,
    ),
  );
  return rules.join("\n");
}

/** The code points of the document's character data (what lies between its tags). */
export function textCodePoints(svg: string): Set<number> {
  const points = new Set<number>();
  for (const [, text = ""] of svg.matchAll(/>([^<]+)</g)) {
    for (const character of text) points.add(character.codePointAt(0) ?? 0);
  }
  return points;
}

function fontData(url: string): Promise<string> {
  let data = fetched.get(url);
  if (!data) {
    data = fetch(url).then(async (response) => {
      if (!response.ok) throw new Error(`The font ${url} could not be loaded (${response.status}).`);
      return bytesToBase64(new Uint8Array(await response.arrayBuffer()));
    });
    // A failed load is tried again next time rather than remembered.
    data.catch(() => fetched.delete(url));
    fetched.set(url, data);
  }
  return data;
}
