// `npm run extract -- [paths…] [--json]`: extracts the corpus and prints it as JSON on stdout.
// Warnings and skipped files go to stderr; the exit code is 1 when any file was skipped.

import type { CorpusExtraction } from "../model.ts";
import { DEFAULT_ARTICLES_DIR, extractCorpus } from "../pipeline.ts";

/** The stable JSON shape of the extract command (extra fields are allowed). */
export function toJson(result: CorpusExtraction) {
  return {
    articles: result.articles.map((a) => ({
      id: a.id,
      title: a.title,
      published: a.published.value,
      precision: a.published.precision,
      source: a.source,
    })),
    entities: result.entities.map((e) => ({
      id: e.id,
      name: e.name,
      type: e.type,
      aliases: e.aliases,
      ...(e.lat !== undefined ? { lat: e.lat, lon: e.lon } : {}),
    })),
    relations: result.relations.map((r) => ({
      source: r.source,
      type: r.type,
      target: r.target,
      confidence: r.confidence,
      ...(r.routeId !== undefined ? { routeId: r.routeId, legIndex: r.legIndex } : {}),
      ...(r.attributes ? { attributes: r.attributes } : {}),
      evidence: r.evidence.map((e) => ({
        article: e.article,
        sentence: e.sentence,
        start: e.start,
        end: e.end,
        rule: e.rule,
      })),
    })),
  };
}

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
