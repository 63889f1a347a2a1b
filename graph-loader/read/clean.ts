// Cleans an article body into the text that is stored and shown, keeping a map back to the body.
// Quotes and odd spaces are replaced one character for one, so offsets inside a kept run never shift.

import type { OffsetSegment, Span } from "../model.ts";
import { boilerplateReason } from "./boilerplate.ts";

export interface CleanedText {
  text: string;
  offsetMap: OffsetSegment[];
  dropped: Array<Span & { text: string; reason: string }>;
}

const CHAR_MAP: Record<string, string> = {
  "\u2018": "'",
  "\u2019": "'",
  "\u201A": "'",
  "\u2032": "'",
  "\u201C": '"',
  "\u201D": '"',
  "\u201E": '"',
  "\u00A0": " ",
  "\u2009": " ",
  "\u202F": " ",
  "\t": " ",
};

/** One-for-one character normalisation (curly quotes to straight, odd spaces to plain spaces). */
export function normaliseChars(text: string): string {
  return text.replace(
    /[\u2018\u2019\u201A\u2032\u201C\u201D\u201E\u00A0\u2009\u202F\t]/g,
    (c) => CHAR_MAP[c] ?? c,
  );
}

class TextBuilder {
  text = "";
  segments: OffsetSegment[] = [];

  append(piece: string, bodyStart: number): void {
    if (piece.length === 0) return;
    const last = this.segments.at(-1);
    if (
      last &&
      last.bodyStart + last.length === bodyStart &&
      last.textStart + last.length === this.text.length
    ) {
      last.length += piece.length;
    } else {
      this.segments.push({ textStart: this.text.length, bodyStart, length: piece.length });
    }
    this.text += piece;
  }

  /** Separators are inserted text: they belong to no segment. */
  separator(sep: string): void {
    this.text += sep;
  }
}

/** Appends a line with runs of spaces collapsed to one, each run of kept characters mapped back. */
function appendLine(builder: TextBuilder, line: string, bodyStart: number): void {
  const runs = /\S+(?: \S+)*/g;
  let previousEnd = -1;
  for (let m = runs.exec(line); m !== null; m = runs.exec(line)) {
    if (previousEnd >= 0) builder.separator(" ");
    builder.append(m[0], bodyStart + m.index);
    previousEnd = m.index + m[0].length;
  }
}

/**
 * Drops boilerplate lines, trims and collapses whitespace, keeps paragraphs apart by a blank line.
 * @example cleanBody("Story.\nRead in Korean\n").text // "Story."
 */
export function cleanBody(body: string): CleanedText {
  const normalised = normaliseChars(body);
  const builder = new TextBuilder();
  const dropped: CleanedText["dropped"] = [];
  let pendingBreak = "";
  let offset = 0;
  for (const rawLine of normalised.split("\n")) {
    const lineStart = offset;
    offset += rawLine.length + 1;
    const line = rawLine.replace(/\r$/, "");
    if (line.trim().length === 0) {
      if (builder.text.length > 0) pendingBreak = "\n\n";
      continue;
    }
    const reason = boilerplateReason(line);
    if (reason) {
      dropped.push({ start: lineStart, end: lineStart + line.length, text: line.trim(), reason });
      continue;
    }
    if (builder.text.length > 0) builder.separator(pendingBreak || "\n");
    pendingBreak = "";
    appendLine(builder, line, lineStart);
  }
  return { text: builder.text, offsetMap: builder.segments, dropped };
}
