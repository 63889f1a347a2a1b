import { describe, expect, it } from "vitest";
import { RELATION_TYPES } from "../../../graph-loader/model.ts";
import { DEFAULT_ARTICLES_DIR, extractCorpus } from "../../../graph-loader/pipeline.ts";

describe("relation types", () => {
  it("are all declared in the model", async () => {
    const fixtures = new URL("../../fixtures/articles/", import.meta.url).pathname;
    const { relations } = await extractCorpus([DEFAULT_ARTICLES_DIR, fixtures]);
    const used = new Set(relations.map((r) => r.type));
    for (const type of used) expect(RELATION_TYPES as readonly string[]).toContain(type);
    expect(used.size).toBeGreaterThan(15);
  });
});
