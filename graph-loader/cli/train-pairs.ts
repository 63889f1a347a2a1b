// `npm run train:pairs`: trains the pair model from the gold of the samples and dev splits (never a frozen one),
// prints its held-out figures and writes graph-loader/extract/data/pair-model.json.

import { writeFile } from "node:fs/promises";
import { SPLITS } from "../eval/splits.ts";
import {
  acceptedFigures,
  chooseThreshold,
  collectExamples,
  fitPairModel,
  heldOutScores,
} from "../eval/train-pairs.ts";
import type { PairModel } from "../extract/relations/pairs/pair-model.ts";

const OUT = new URL("../extract/data/pair-model.json", import.meta.url);
/**
 * Accepted pairs must be right this often on held-out articles. Held out over every pair of a sentence, those the
 * rules link included; the pairs the model is asked about are the harder rest, so the bar is set above the 0.6
 * that claims must keep.
 */
const WANTED_PRECISION = 0.7;

async function main() {
  const splits = SPLITS.filter((s) => !s.frozen);
  const examples = await collectExamples(splits);
  const heldOut = heldOutScores(examples);
  const threshold = chooseThreshold(heldOut, WANTED_PRECISION);
  const figures = acceptedFigures(heldOut, threshold);
  const model: PairModel = { trainedOn: splits.map((s) => s.name), threshold, ...fitPairModel(examples) };
  // Written as the project's formatter lays JSON out, so that a retrained model passes the lint unchanged.
  const text = JSON.stringify(model, null, 2).replace(
    /\[\s+("[^\]]*?")\s+\]/s,
    (_, items: string) => `[${items.split(/,\s+/).join(", ")}]`,
  );
  await writeFile(OUT, `${text}\n`);
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  console.log(
    `${figures.examples} co-mentioned pairs (${figures.positives} linked in the gold) from ${splits.map((s) => s.name).join(", ")}`,
  );
  console.log(
    `held out, threshold ${threshold.toFixed(3)}: ${figures.accepted} accepted, ${figures.linked} right (precision ${pct(figures.precision)}, recall of linked pairs ${pct(figures.recall)})`,
  );
  console.log(`wrote ${OUT.pathname}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
