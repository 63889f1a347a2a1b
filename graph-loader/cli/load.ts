/**
 * `npm run load -- [paths…] [--reset] [--threads N] [--shard I/N]`: extracts articles (default: the sample
 * corpus), on N worker threads when asked (default: in its own thread), and writes them to the configured Neo4j (the local one
 * unless NEO4J_URI is set), with a progress bar and a summary. `--shard 2/4` loads only the second quarter of
 * the corpus (split by article id), so that several machines can load one corpus into one database. Exit code 1
 * when any file was skipped, 2 when the load itself failed.
 */
import { parseArgs } from "node:util";
import { MultiBar, Presets } from "cli-progress";
import { loadConfig } from "../../config/env.ts";
import { makeDataDirPrivate } from "../../config/private-data-dir.ts";
import { connectNeo4j } from "../../neo4j/connection.ts";
import { type LoadResult, loadArticles } from "../load.ts";
import { DEFAULT_ARTICLES_DIR, type FileProgress } from "../pipeline.ts";
import { parseShard } from "../threads/shard.ts";
import type { WriteProgress } from "../write/writer.ts";

function parseCommandLine(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { reset: { type: "boolean" }, threads: { type: "string" }, shard: { type: "string" } },
  });
  // One thread unless asked: on the shared 2-core machine two threads were slower (the workers' start) and
  // heavier (README, "Loading a large corpus").
  const threads = values.threads === undefined ? 1 : Number(values.threads);
  if (!Number.isInteger(threads) || threads < 1) throw new Error(`--threads takes a whole number from 1 up`);
  return {
    paths: positionals,
    reset: values.reset ?? false,
    threads,
    ...(values.shard ? { shard: parseShard(values.shard) } : {}),
  };
}

async function main(argv: string[]): Promise<number> {
  const { paths, reset, threads, shard } = parseCommandLine(argv);
  const config = loadConfig();
  if (config.neo4j.kind === "local") makeDataDirPrivate(config.dataDir);
  const connection = await connectNeo4j(config.neo4j, { log: (line) => console.error(line) });
  const bars = progressBars();
  try {
    const result = await loadArticles(connection.driver, paths.length > 0 ? paths : [DEFAULT_ARTICLES_DIR], {
      database: connection.database,
      reset,
      threads,
      ...(shard ? { shard } : {}),
      onFile: bars.file,
      onWriteProgress: bars.write,
    });
    bars.stop();
    printSummary(result, connection.uri);
    return result.skipped.length > 0 ? 1 : 0;
  } finally {
    bars.stop();
    await connection.close();
  }
}

function progressBars() {
  const multi = new MultiBar(
    { format: " {stage} |{bar}| {value}/{total} {detail}", hideCursor: true, clearOnComplete: false },
    Presets.shades_classic,
  );
  const totals = { sentences: 0, entities: 0, relations: 0 };
  let extractBar: ReturnType<MultiBar["create"]> | undefined;
  let writeBar: ReturnType<MultiBar["create"]> | undefined;
  let stopped = false;
  return {
    file(progress: FileProgress) {
      extractBar ??= multi.create(progress.total, 0, { stage: "extract ", detail: "" });
      totals.sentences += progress.sentences;
      totals.entities += progress.entities;
      totals.relations += progress.relations;
      const detail = `articles | ${totals.sentences} sentences, ${totals.entities} entities, ${totals.relations} relations`;
      extractBar.setTotal(progress.total);
      extractBar.increment(1, { stage: "extract ", detail });
    },
    write(progress: WriteProgress) {
      writeBar ??= multi.create(progress.total, 0, { stage: "write   ", detail: "" });
      writeBar.setTotal(progress.total);
      writeBar.update(progress.done, { stage: "write   ", detail: progress.stage });
    },
    stop() {
      if (stopped) return;
      stopped = true;
      multi.stop();
    },
  };
}

function printSummary(result: LoadResult, uri: string): void {
  const { articles, entities, relations, evidence } = result.written;
  console.log(
    `Loaded ${articles} articles into ${uri}: ${entities} entities, ${relations} relations, ${evidence} evidence sentences.`,
  );
  for (const warning of result.warnings) console.error(`warning: ${warning}`);
  if (result.skipped.length > 0) {
    console.error(`Skipped ${result.skipped.length} file(s):`);
    for (const skipped of result.skipped)
      console.error(`  ${skipped.path} (${skipped.reason}): ${skipped.message}`);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`graph-loader: the load failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  },
);
