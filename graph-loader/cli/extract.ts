// `npm run extract -- [paths…] [--json]`: extracts the corpus and prints it as JSON on stdout.
// Warnings and skipped files go to stderr; the exit code is 1 when any file was skipped.

import { DEFAULT_ARTICLES_DIR, extractCorpus } from "../pipeline.ts";
import { toJson } from "./extract-json.ts";

async function main(argv: string[]): Promise<number> {
  const paths = argv.filter((a) => !a.startsWith("--"));
  const result = await extractCorpus(paths.length > 0 ? paths : [DEFAULT_ARTICLES_DIR]);
  for (const w of result.warnings) process.stderr.write(`warning: ${w}\n`);
  for (const s of result.skipped) process.stderr.write(`skipped: ${s.path} (${s.reason}): ${s.message}\n`);
  process.stdout.write(`${JSON.stringify(toJson(result), null, 2)}\n`);
  return result.skipped.length > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `graph-loader/extract: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 2;
  },
);
