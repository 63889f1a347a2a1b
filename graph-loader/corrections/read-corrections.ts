// Reads the optional corrections YAML file (missing file = no corrections).

import { readFile } from "node:fs/promises";
import { parse as parseYaml } from "yaml";
import { type Corrections, correctionsSchema, NO_CORRECTIONS } from "./schema.ts";

export class CorrectionsError extends Error {
  constructor(path: string, message: string, options?: { cause?: unknown }) {
    super(`graph-loader/corrections: ${path}: ${message}; fix the file or remove it`, options);
    this.name = "CorrectionsError";
  }
}

export async function readCorrections(path: string): Promise<Corrections> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === "ENOENT") return NO_CORRECTIONS;
    throw new CorrectionsError(path, "cannot be read", { cause });
  }
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (cause) {
    throw new CorrectionsError(path, "is not valid YAML", { cause });
  }
  const parsed = correctionsSchema.safeParse(raw ?? {});
  if (!parsed.success) throw new CorrectionsError(path, parsed.error.message, { cause: parsed.error });
  return parsed.data;
}
