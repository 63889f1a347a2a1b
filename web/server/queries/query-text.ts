/**
 * Reads user-written Cypher as text before Neo4j sees it: how deeply its brackets nest (outside strings,
 * quoted names and comments) and which prefix keywords it starts with (CYPHER options, EXPLAIN, PROFILE).
 * Deep nesting is refused here because Neo4j's parser recurses on it: 500 nested parentheses overflow its stack
 * and hold a connection for a minute. Planner and debug options are refused because they change how the server
 * plans and runs a query (and some print internals), which a read-only user has no need of.
 */
import { ApiError } from "../http-error.ts";

export const MAX_QUERY_NESTING = 64;

export interface QueryText {
  /** Deepest nesting of (), [] and {} outside strings and comments. */
  depth: number;
  /** The query with comments taken out and string contents blanked, for keyword checks. */
  code: string;
}

const OPENERS = new Set(["(", "[", "{"]);
const CLOSERS = new Set([")", "]", "}"]);

/** One pass over the text; never recursive, so any input is safe to scan. */
export function scanQuery(cypher: string): QueryText {
  let depth = 0;
  let deepest = 0;
  let code = "";
  for (let at = 0; at < cypher.length; at++) {
    const char = cypher[at] as string;
    const next = cypher[at + 1];
    if (char === "/" && next === "/") {
      const end = cypher.indexOf("\n", at);
      at = end < 0 ? cypher.length : end - 1;
      code += " ";
    } else if (char === "/" && next === "*") {
      const end = cypher.indexOf("*/", at + 2);
      at = end < 0 ? cypher.length : end + 1;
      code += " ";
    } else if (char === "'" || char === '"' || char === "`") {
      at = quotedEnd(cypher, at, char);
      code += `${char}${char}`;
    } else {
      if (OPENERS.has(char)) deepest = Math.max(deepest, ++depth);
      else if (CLOSERS.has(char)) depth = Math.max(0, depth - 1);
      code += char;
    }
  }
  return { depth: deepest, code };
}

/** Index of the quote that closes the string (or name) opened at `start`; backslash escapes in strings. */
function quotedEnd(text: string, start: number, quote: string): number {
  for (let at = start + 1; at < text.length; at++) {
    const char = text[at];
    if (char === "\\" && quote !== "`") at++;
    else if (char === quote) {
      if (quote === "`" && text[at + 1] === "`") at++;
      else return at;
    }
  }
  return text.length;
}

/** `CYPHER`, then an optional version and `key=value` options. */
const CYPHER_PREFIX = /^\s*CYPHER\b((?:\s+(?:\d+(?:\.\d+)?|[\w.]+\s*=\s*[\w.]+))*)/i;
const PLAN_PREFIX = /^\s*(EXPLAIN|PROFILE)\b/i;

/**
 * Throws a 400 that says what to change when the query's text is too deep or sets options it may not; returns
 * the PROFILE or EXPLAIN keyword it starts with, if any (the runner still proves the rest read-only first, so
 * that a write behind EXPLAIN is refused as a write).
 */
export function assertQueryTextAllowed(cypher: string): PlanKeyword | undefined {
  const { depth, code } = scanQuery(cypher);
  if (depth > MAX_QUERY_NESTING) {
    throw new ApiError(
      400,
      "query_too_deep",
      `The query's brackets are nested more than ${MAX_QUERY_NESTING} levels deep (${depth}); flatten the expression, e.g. with WITH steps.`,
    );
  }
  let rest = code;
  for (;;) {
    const cypherPrefix = CYPHER_PREFIX.exec(rest);
    if (cypherPrefix) {
      const optionText = (cypherPrefix[1] ?? "").trim();
      if (optionText.includes("=")) {
        throw new ApiError(
          400,
          "cypher_option_refused",
          `CYPHER options (${optionText}) cannot be set here; remove "CYPHER ${optionText}" from the start of the query.`,
        );
      }
      rest = rest.slice(cypherPrefix[0].length);
      continue;
    }
    const planPrefix = PLAN_PREFIX.exec(rest);
    if (!planPrefix) return undefined;
    const keyword = (planPrefix[1] ?? "").toUpperCase();
    return { keyword, rest: cypher.replace(new RegExp(`\\b${keyword}\\b`, "i"), " ".repeat(keyword.length)) };
  }
}

export interface PlanKeyword {
  keyword: string;
  /** The query with the keyword blanked out. */
  rest: string;
}

export function planNotSupported(keyword: string): ApiError {
  return new ApiError(
    400,
    "plan_not_supported",
    `PROFILE and EXPLAIN are not supported in this editor (it shows results, not plans); remove the keyword ${keyword} to run the query.`,
  );
}
