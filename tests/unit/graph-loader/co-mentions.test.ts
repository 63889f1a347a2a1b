import { describe, expect, it } from "vitest";
import { extractText } from "./factories.ts";

const coMentioned = (relations: Array<{ type: string; source: string; target: string }>) =>
  relations
    .filter((r) => r.type === "CO_MENTIONED")
    .map((r) => [r.source, r.target].sort().join(" + "))
    .sort();

describe("co-mentions", () => {
  it("link two parties named in one sentence when no claim joins them, with that sentence", async () => {
    const { relations } = await extractText(
      "Talks in Geneva brought Norway and Peru to the same table. Nobody else came.",
    );
    expect(coMentioned(relations)).toEqual([
      "country:norway + country:peru",
      "country:norway + place:geneva",
      "country:peru + place:geneva",
    ]);
    const link = relations.find((r) => r.type === "CO_MENTIONED");
    expect(link?.kind).toBe("co-mention");
    expect(link?.evidence[0]?.sentence).toBe("Talks in Geneva brought Norway and Peru to the same table.");
    expect(link?.evidence[0]?.rule).toBe("co-mention.sentence");
  });

  it("are not made for a pair a claim of the sentence already joins, and claims say they are claims", async () => {
    const { relations } = await extractText("North Korea sent 40 workers to Russia.");
    expect(coMentioned(relations)).toEqual([]);
    const claim = relations.find((r) => r.type === "DISPATCHES_WORKERS_TO");
    expect(claim?.kind).toBe("claim");
  });

  it("stay weaker than any claim and fade with distance", async () => {
    const { relations } = await extractText(
      "Chile and Peru met, and after a long day of talks that ran late into the night and well beyond what anyone had planned for, delegates from many places went home, while Argentina said nothing at all about it.",
    );
    const link = (a: string, b: string) =>
      relations.find((r) => r.type === "CO_MENTIONED" && r.source === a && r.target === b);
    const near = link("country:chile", "country:peru");
    const far = link("country:argentina", "country:chile");
    expect(near && far).toBeTruthy();
    expect(near?.confidence).toBeLessThanOrEqual(0.3);
    expect(far?.confidence).toBeLessThan(near?.confidence ?? 0);
  });

  it("leave out commodities and dates: they are what a claim is about, not a party", async () => {
    const { relations } = await extractText("In March 2020 coal piled up in Norway and Peru.");
    const parties = coMentioned(relations).join(" ");
    expect(parties).not.toMatch(/commodity:|date:/);
  });
});
