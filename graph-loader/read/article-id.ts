// Stable article ids: the header's id, else a slug of the file name stem.

import { basename, extname } from "node:path";

/** "articles/001_b872.txt" -> "001_b872"; other characters become hyphens. */
export function articleIdFromPath(path: string): string {
  const stem = basename(path, extname(path));
  const slug = stem
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug.length > 0 ? slug : "article";
}
