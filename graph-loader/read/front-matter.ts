// Splits a YAML front-matter header from the article body and validates it.

import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { ArticleReadError } from "./errors.ts";

const publishedSchema = z.union([z.string(), z.date(), z.number()]).nullish();

export const frontMatterSchema = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9_-]*$/i)
    .optional(),
  title: z.string().min(1).optional(),
  source: z.string().nullish(),
  url: z.string().nullish(),
  published: publishedSchema,
  date_note: z.string().optional(),
  authors: z.array(z.string()).nullish(),
  language: z.string().min(2).optional(),
});
export type FrontMatter = z.infer<typeof frontMatterSchema>;

export interface SplitArticle {
  header: FrontMatter | null;
  body: string;
  /** Offset of the body within the decoded file text. */
  bodyOffset: number;
}

const OPEN = /^---[ \t]*\r?\n/;
const CLOSE = /^---[ \t]*$/m;

/**
 * Separates the header from the body. A file without a header gives `header: null`.
 * @throws ArticleReadError("broken-header") when the header is unterminated, not YAML, or invalid.
 */
export function splitFrontMatter(text: string, path: string): SplitArticle {
  const open = OPEN.exec(text);
  if (!open) return { header: null, body: text, bodyOffset: 0 };
  const rest = text.slice(open[0].length);
  const close = CLOSE.exec(rest);
  if (!close) {
    throw new ArticleReadError("broken-header", path, "front matter opened with --- but never closed");
  }
  const yamlText = rest.slice(0, close.index);
  let raw: unknown;
  try {
    raw = parseYaml(yamlText);
  } catch (cause) {
    throw new ArticleReadError("broken-header", path, "front matter is not valid YAML", { cause });
  }
  const parsed = frontMatterSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new ArticleReadError("broken-header", path, `front matter is invalid (${issues})`, {
      cause: parsed.error,
    });
  }
  let bodyOffset = open[0].length + close.index + close[0].length;
  if (text[bodyOffset] === "\r") bodyOffset++;
  if (text[bodyOffset] === "\n") bodyOffset++;
  return { header: parsed.data, body: text.slice(bodyOffset), bodyOffset };
}
