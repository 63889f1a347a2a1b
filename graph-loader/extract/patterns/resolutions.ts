// UN resolutions written as "Resolution 2397", "UNSC 2371", "resolutions 2371 and 2397".

import type { Mention } from "../../model.ts";

const RESOLUTION =
  /\b(?:(?:UN |United Nations |U\.N\. )?Security Council |UN |UNSC )?[Rr]esolutions? (\d{3,4})((?:(?:,|,? and|,? or) \d{3,4})*)|\bUNSC (\d{3,4})\b/g;

function mention(text: string, start: number, sentenceIndex: number, num: string): Mention {
  return {
    start,
    end: start + text.length,
    text,
    type: "Resolution",
    sentenceIndex,
    detector: "pattern-resolution",
    attributes: { number: Number(num), body: "UN Security Council" },
  };
}

/** One mention per resolution number; a list gives the first number the whole prefix. */
export function findResolutions(sentence: string, base: number, sentenceIndex: number): Mention[] {
  const out: Mention[] = [];
  for (const m of sentence.matchAll(RESOLUTION)) {
    const at = base + (m.index ?? 0);
    const first = m[1] ?? m[3];
    if (!first) continue;
    const head = m[1] ? m[0].slice(0, m[0].length - (m[2]?.length ?? 0)) : m[0];
    out.push(mention(head, at, sentenceIndex, first));
    const rest = m[2] ?? "";
    for (const n of rest.matchAll(/\d{3,4}/g)) {
      const offset = at + head.length + (n.index ?? 0);
      out.push(mention(n[0], offset, sentenceIndex, n[0]));
    }
  }
  return out;
}
