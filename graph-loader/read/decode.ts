// Decodes raw article bytes, refusing what cannot be an article: empty, oversized, binary, not UTF-8.

import { ArticleReadError } from "./errors.ts";

export const MAX_ARTICLE_BYTES = 20 * 1024 * 1024;

/** Control bytes other than tab, newline, carriage return and form feed suggest a binary file. */
function looksBinary(bytes: Uint8Array): boolean {
  const probe = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of probe) {
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  return probe.length > 0 && control / probe.length > 0.1;
}

/**
 * Turns file bytes into text, or throws ArticleReadError with a reason code.
 * @example decodeArticleBytes(new TextEncoder().encode("Title\n\nBody"), "a.txt") // "Title\n\nBody"
 */
export function decodeArticleBytes(bytes: Uint8Array, path: string): string {
  if (bytes.length > MAX_ARTICLE_BYTES) {
    throw new ArticleReadError("too-large", path, `file is ${bytes.length} bytes; the limit is 20 MB`);
  }
  if (looksBinary(bytes)) {
    throw new ArticleReadError("binary", path, "file looks binary; give a plain-text or Markdown article");
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch (cause) {
    throw new ArticleReadError("not-utf8", path, "file is not valid UTF-8; re-save it as UTF-8", { cause });
  }
  if (text.startsWith("\uFEFF")) text = text.slice(1);
  if (text.trim().length === 0) {
    throw new ArticleReadError("empty", path, "file has no text");
  }
  return text;
}
