import { describe, expect, it } from "vitest";
import {
  editDistance,
  matchKey,
  normalizeName,
  type RankCandidate,
  rankHits,
} from "../../../web/server/search/rank-hits.ts";

const entity = (name: string, aliases: string[] = [], score = 1): RankCandidate => ({ name, aliases, score });
const names = (query: string, candidates: RankCandidate[]) =>
  rankHits(query, candidates).map((hit) => hit.name);

describe("ranking search candidates", () => {
  it("measures edits and ignores case, accents and punctuation", () => {
    expect(editDistance("pyongyng", "pyongyang")).toBe(1);
    expect(editDistance("pyongyng", "pyongan")).toBe(2);
    expect(normalizeName("  Ryanggang-DO, Hyesan ")).toBe("ryanggang do hyesan");
    expect(normalizeName("Sinŭiju")).toBe("sinuiju");
  });

  it("puts the name closest to a typo first, even when the index scores a rarer word higher", () => {
    const candidates = [
      entity("Pyongan provinces", ["the Pyongan provinces"], 2.08),
      entity("Russian Embassy in Pyongyang", [], 0.91),
      entity("Pyongyang", [], 1.53),
    ];
    expect(names("Pyongyng", candidates)).toEqual([
      "Pyongyang",
      "Russian Embassy in Pyongyang",
      "Pyongan provinces",
    ]);
  });

  it("ranks an exact alias, then a prefix, then every word, then typos", () => {
    const candidates = [
      entity("Korea Workers Union", [], 9),
      entity("North Korea", ["DPRK", "North Korean"], 1),
      entity("Korean People's Army", [], 5),
    ];
    expect(matchKey("dprk", "DPRK")[0]).toBe(0);
    expect(names("DPRK", candidates)[0]).toBe("North Korea");
    expect(names("Korea", candidates)).toEqual([
      "Korea Workers Union",
      "Korean People's Army",
      "North Korea",
    ]);
  });

  it("matches a multi-word alias with a number, and never a different number", () => {
    const candidates = [
      entity("UN Security Council", ["UNSC", "Security Council"], 6),
      entity("UN Security Council Resolution 2371", ["Resolution 2371", "UNSC 2371"], 5),
      entity("UN Security Council Resolution 2397", ["Resolution 2397", "UNSC 2397"], 4),
    ];
    expect(names("UNSC 2397", candidates)[0]).toBe("UN Security Council Resolution 2397");
    expect(names("unsc resolution 2397", candidates)[0]).toBe("UN Security Council Resolution 2397");
    expect(names("UNSC", candidates)[0]).toBe("UN Security Council");
    // A number matches only itself (or what starts with it, while it is typed).
    expect(matchKey("2391", "Resolution 2397")[1]).toBe(1);
    expect(matchKey("239", "Resolution 2397")[1]).toBe(0);
  });

  it("prefers what holds more of the typed words when none holds all", () => {
    const candidates = [
      entity("UN Security Council", [], 9),
      entity("UN Security Council Resolution 2397", [], 1),
    ];
    expect(names("UNSC 2397", candidates)[0]).toBe("UN Security Council Resolution 2397");
  });
});
