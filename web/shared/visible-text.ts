/**
 * Text from articles and databases shown as a title or label: bidirectional embedding, override and isolate
 * characters (U+202A–U+202E, U+2066–U+2069) and control characters (NUL and the rest of C0 and C1, DEL) are
 * made visible instead of acting on the page, so a right-to-left override cannot disguise a name and a NUL
 * cannot cut one short. C0 controls become their Unicode control pictures (NUL -> ␀), the others `[U+XXXX]`;
 * tab, line feed and carriage return stay as they are (the page shows them as spaces).
 */
/** Whether a UTF-16 code unit is one of the characters made visible (a code-point test: no regex of controls). */
function hidden(code: number): boolean {
  if (code === 0x09 || code === 0x0a || code === 0x0d) return false;
  return (
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

function shown(code: number): string {
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return "\u2421";
  return `[U+${code.toString(16).toUpperCase().padStart(4, "0")}]`;
}

export function visibleText(text: string): string {
  let out = "";
  let from = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (!hidden(code)) continue;
    out += text.slice(from, index) + shown(code);
    from = index + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}
