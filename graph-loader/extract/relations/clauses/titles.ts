// A post written before the person who holds it: "a representative of the trading company, Ri Kwang-su", "the
// director of Haixing Seafood, Wang Lihua". The person is affiliated with the body the post is of.

import type { RelationFinding } from "../../../model.ts";
import { finding } from "../context.ts";
import { gapText, type Layout } from "./layout.ts";
import { describedType } from "./phrases.ts";

/** "a representative of", "the deputy head for Asia of" is left out: up to three words, then of/at/for. */
const POST_BEFORE =
  /(?:^|\s)(?:[Aa]n?|[Tt]he)\s+(?:\p{Ll}[\p{Ll}-]*\s+){1,3}(?:of|at|for|with)\s+(?:the\s+)?$/u;

export function titleClaims(layout: Layout): RelationFinding[] {
  const out: RelationFinding[] = [];
  const { parties } = layout;
  for (const [i, body] of parties.entries()) {
    const person = parties[i + 1];
    if (!person || person.mention.type !== "Person" || body.mention.type === "Person") continue;
    if (!/^\s*,\s*$/.test(gapText(layout, body.mention.end, person.mention.start))) continue;
    const from = parties[i - 1]?.mention.end ?? layout.ctx.sentence.start;
    const before = gapText(layout, from, body.mention.start);
    if (!POST_BEFORE.test(before.slice(-60))) continue;
    const type = describedType(layout.tables, "Person", body.mention.type);
    if (!type) continue;
    out.push(
      finding(
        layout.ctx,
        person.mention.entityId,
        type,
        body.mention.entityId,
        "clause.post-before-name",
        0.55,
      ),
    );
  }
  return out;
}
