// Reads one split's gold files and finds the article file each one annotates.

import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { articleIdFromPath } from "../read/article-id.ts";
import { expandArticlePaths } from "../read/read-article.ts";
import { type Gold, goldSchema } from "./gold-schema.ts";
import type { EvalSplit } from "./splits.ts";

export class EvalInputError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "EvalInputError";
  }
}

export interface LoadedSplit {
  golds: Gold[];
  /** The article files, one per gold file, in gold order. */
  articlePaths: string[];
}

async function readGold(path: string): Promise<Gold> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path, "utf8"));
  } catch (cause) {
    throw new EvalInputError(`${path}: gold file is not readable JSON`, { cause });
  }
  const parsed = goldSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new EvalInputError(`${path}: gold file does not match gold-schema.ts (${issues})`, {
      cause: parsed.error,
    });
  }
  return parsed.data;
}

/** @throws EvalInputError when a gold file is invalid or names an article no folder of the split holds. */
export async function loadSplit(split: EvalSplit): Promise<LoadedSplit> {
  const names = (await readdir(split.goldDir)).filter((f) => f.endsWith(".json")).sort();
  const golds = await Promise.all(names.map((f) => readGold(join(split.goldDir, f))));
  const files = await expandArticlePaths(split.articleDirs);
  const byId = new Map(files.map((f) => [articleIdFromPath(f), f]));
  const articlePaths = golds.map((g) => {
    const path = byId.get(g.article);
    if (!path) {
      throw new EvalInputError(
        `gold for "${g.article}" (split ${split.name}) has no article file named ${g.article}.md in ${split.articleDirs.join(", ")}`,
      );
    }
    return path;
  });
  return { golds, articlePaths };
}
