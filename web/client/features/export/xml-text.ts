/**
 * Text inside SVG: XML escaping (names and titles come from articles, so they may hold markup) and the rough
 * width of a line, used to cut titles and footer lines that would run past the frame.
 */

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

/** Escapes text for an XML text node or attribute value; drops characters XML 1.0 cannot hold. */
export function escapeXml(text: string): string {
  return [...text]
    .filter(allowedInXml)
    .join("")
    .replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
}

/** XML 1.0's Char production: tab, newlines and everything from space up, less surrogates and U+FFFE/U+FFFF. */
function allowedInXml(character: string): boolean {
  const code = character.codePointAt(0) ?? 0;
  if (code === 0x9 || code === 0xa || code === 0xd) return true;
  return code >= 0x20 && code !== 0xfffe && code !== 0xffff && !(code >= 0xd800 && code <= 0xdfff);
}

/** Average advance of a sans-serif glyph, as a share of the font size (wide enough for capitals). */
const GLYPH_WIDTH = 0.56;

export function textWidth(text: string, fontSize: number): number {
  return [...text].length * fontSize * GLYPH_WIDTH;
}

/** The text, cut with an ellipsis so that it fits `maxWidth`. */
export function fitText(text: string, fontSize: number, maxWidth: number): string {
  const characters = [...text];
  const fits = Math.max(1, Math.floor(maxWidth / (fontSize * GLYPH_WIDTH)));
  return characters.length <= fits ? text : `${characters.slice(0, fits - 1).join("")}…`;
}

/** Breaks text into lines of at most `perLine` characters at spaces, at most `maxLines` lines. */
export function wrapText(text: string, perLine: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if ([...next].length <= perLine) line = next;
    else {
      if (line) lines.push(line);
      line = [...word].length > perLine ? `${[...word].slice(0, perLine - 1).join("")}…` : word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]?.replace(/…$/, "")}…`;
  return kept;
}
