// Where a person belongs, written around the name: a post before it ("a representative of the trading company, Ri
// Kwang-su", "the director of Haixing Seafood, Wang Lihua") or "of" after it ("Rep. Kwon Tae-hun of the ruling
// People Power Party", "Daniel Whitaker, 61, of Tucson"). The person is affiliated with the body, or is from the place.

import type { RelationFinding } from "../../../model.ts";
import { finding } from "../context.ts";
import { gapText, type Layout } from "./layout.ts";
import { describedType } from "./phrases.ts";

/** "a representative of", "the deputy head for Asia of" is left out: up to three words, then of/at/for. */
const POST_BEFORE =
  /(?:^|\s)(?:[Aa]n?|[Tt]he)\s+(?:\p{Ll}[\p{Ll}-]*\s+){1,3}(?:of|at|for|with)\s+(?:the\s+)?$/u;

/** "of the ruling", ", 61, of": "of" right after a person's name, an age aside and two qualifying words allowed. */
const OF_AFTER = /^(?:,\s*\d{1,3},)?\s+of\s+(?:the\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){0,2}$/u;

export function titleClaims(layout: Layout): RelationFinding[] {
  const out: RelationFinding[] = [];
  const { parties } = layout;
  for (const [i, person] of parties.entries()) {
    const body = parties[i + 1];
    if (person.mention.type !== "Person" || !body || body.mention.type === "Person") continue;
    if (!OF_AFTER.test(gapText(layout, person.mention.end, body.mention.start))) continue;
    const type = describedType(layout.tables, "Person", body.mention.type);
    if (type) {
      out.push(
        finding(
          layout.ctx,
          person.mention.entityId,
          type,
          body.mention.entityId,
          "clause.of-after-name",
          0.55,
        ),
      );
    }
  }
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
