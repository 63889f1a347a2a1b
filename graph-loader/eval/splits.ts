// The evaluation splits: where each split's articles and gold live, and which split is frozen.

const here = (path: string) => new URL(path, import.meta.url).pathname;

export const SPLIT_NAMES = ["samples", "dev", "test", "fresh"] as const;
export type SplitName = (typeof SPLIT_NAMES)[number];

export interface EvalSplit {
  name: SplitName;
  /** Folders holding the split's article files; an article is found by its id as file name. */
  articleDirs: string[];
  goldDir: string;
  /** A frozen split is measured only: its per-article figures and lists are never shown. */
  frozen: boolean;
}

export const SPLITS: readonly EvalSplit[] = [
  { name: "samples", articleDirs: [here("../articles/")], goldDir: here("./gold/samples/"), frozen: false },
  {
    name: "dev",
    articleDirs: [here("./corpus/dev/"), here("../../tests/fixtures/articles/")],
    goldDir: here("./gold/dev/"),
    frozen: false,
  },
  { name: "test", articleDirs: [here("./corpus/test/")], goldDir: here("./gold/test/"), frozen: true },
  // Written after the rules had been tuned on dev, to see how today's extractor does on text no rule has seen.
  { name: "fresh", articleDirs: [here("./corpus/fresh/")], goldDir: here("./gold/fresh/"), frozen: true },
];

export function isSplitName(name: string): name is SplitName {
  return (SPLIT_NAMES as readonly string[]).includes(name);
}
