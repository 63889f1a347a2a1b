// Turns decoded file text into an Article: header, metadata defaults, cleaned text. Pure.

import type { Article } from "../model.ts";
import { articleIdFromPath } from "./article-id.ts";
import { cleanBody } from "./clean.ts";
import { ArticleReadError } from "./errors.ts";
import { splitFrontMatter } from "./front-matter.ts";
import { readPublished } from "./published-date.ts";

export interface ParsedArticle {
  article: Article;
  warnings: string[];
}

function firstLineTitle(text: string): string {
  const line = text.split("\n").find((l) => l.trim().length > 0) ?? "";
  return line.trim().slice(0, 200);
}

/**
 * Builds an Article from file text. A file without a header still loads, with a warning.
 * @throws ArticleReadError("broken-header" | "empty")
 */
export function parseArticle(fileText: string, path: string): ParsedArticle {
  const warnings: string[] = [];
  const { header, body } = splitFrontMatter(fileText, path);
  const cleaned = cleanBody(body);
  if (cleaned.text.trim().length === 0) {
    throw new ArticleReadError("empty", path, "article has no text after its header and boilerplate");
  }
  if (!header) {
    warnings.push(`${path}: no front-matter header; title taken from the first line, date unknown`);
  }
  const { date: published, warning } = readPublished(header?.published, header?.date_note);
  if (warning) warnings.push(`${path}: ${warning}`);
  const article: Article = {
    id: header?.id ?? articleIdFromPath(path),
    title: header?.title ?? firstLineTitle(cleaned.text),
    source: header?.source ?? null,
    url: header?.url ?? null,
    published,
    authors: header?.authors ?? [],
    language: header?.language ?? "en",
    path,
    text: cleaned.text,
    offsetMap: cleaned.offsetMap,
    dropped: cleaned.dropped,
  };
  return { article, warnings };
}
