// The only file-system access of the extraction half: reads article files and lists article folders.

import { readdir, readFile, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import { decodeArticleBytes, MAX_ARTICLE_BYTES } from "./decode.ts";
import { ArticleReadError } from "./errors.ts";
import { type ParsedArticle, parseArticle } from "./parse-article.ts";

export const ARTICLE_EXTENSIONS = [".txt", ".md", ".markdown"];

/**
 * Reads and parses one article file.
 * @throws ArticleReadError with reason not-found, unreadable, empty, too-large, binary, not-utf8 or broken-header.
 */
export async function readArticle(path: string): Promise<ParsedArticle> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (cause) {
    throw new ArticleReadError("not-found", path, "no such file; check the path", { cause });
  }
  if (size > MAX_ARTICLE_BYTES) {
    throw new ArticleReadError("too-large", path, `file is ${size} bytes; the limit is 20 MB`);
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (cause) {
    throw new ArticleReadError("unreadable", path, "file cannot be read; check permissions", { cause });
  }
  return parseArticle(decodeArticleBytes(bytes, path), path);
}

/** Expands directories into their article files (sorted), keeps file paths as given. */
export async function expandArticlePaths(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) {
      const names = (await readdir(path)).filter((n) =>
        ARTICLE_EXTENSIONS.includes(extname(n).toLowerCase()),
      );
      out.push(...names.sort().map((n) => join(path, n)));
    } else {
      out.push(path);
    }
  }
  return out;
}
