// `npm run eval [-- --split samples|dev|test] [--verbose] [--json] [--pair-model]`: extracts each split's articles
// and scores them against their gold. The frozen test split prints totals only. `--pair-model` adds the
// experimental pair stage (co-mentions the trained model judges stated become claims).

import { evaluateSplit, type SplitResult } from "../eval/evaluate.ts";
import { formatOverall, formatSplit, toJson } from "../eval/report.ts";
import { isSplitName, SPLIT_NAMES, SPLITS, type SplitName } from "../eval/splits.ts";
import { shippedPairModel } from "../extract/relations/pairs/pair-model.ts";
import { extractCorpus } from "../pipeline.ts";

class UsageError extends Error {
  override name = "UsageError";
}

interface EvalArgs {
  split: SplitName | null;
  verbose: boolean;
  json: boolean;
  pairModel: boolean;
}

function parseArgs(argv: string[]): EvalArgs {
  const args: EvalArgs = { split: null, verbose: false, json: false, pairModel: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--verbose") args.verbose = true;
    else if (arg === "--json") args.json = true;
    else if (arg === "--pair-model") args.pairModel = true;
    else if (arg === "--split" || arg.startsWith("--split=")) {
      const value = arg === "--split" ? argv[++i] : arg.slice("--split=".length);
      if (!value || !isSplitName(value)) {
        throw new UsageError(`--split takes one of ${SPLIT_NAMES.join(", ")}; got ${value ?? "nothing"}`);
      }
      args.split = value;
    } else
      throw new UsageError(`unknown argument "${arg}"; use --split <name>, --verbose, --json, --pair-model`);
  }
  return args;
}

async function main(argv: string[]): Promise<void> {
  const args = parseArgs(argv);
  const splits = SPLITS.filter((s) => args.split === null || s.name === args.split);
  const results: SplitResult[] = [];
  const pairModel = args.pairModel ? shippedPairModel() : undefined;
  const extract = (paths: string[]) => extractCorpus(paths, pairModel ? { pairModel } : {});
  for (const split of splits) results.push(await evaluateSplit(split, extract));
  if (args.json) {
    process.stdout.write(`${JSON.stringify(toJson(results), null, 2)}\n`);
    return;
  }
  for (const r of results) process.stdout.write(`${formatSplit(r, args.verbose)}\n\n`);
  if (results.length > 1) process.stdout.write(`${formatOverall(results)}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError) {
    process.stderr.write(`graph-loader/eval: ${error.message}\n`);
    process.exitCode = 1;
    return;
  }
  process.stderr.write(
    `graph-loader/eval: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 2;
});
