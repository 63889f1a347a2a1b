// Payments and bribes: who pays whom, with the amount when the sentence gives one.

import type { RelationFinding, ResolvedMention } from "../../model.ts";
import {
  amountOf,
  findCue,
  finding,
  local,
  mentionsAfter,
  mentionsBefore,
  type Rule,
  type RuleContext,
} from "./context.ts";

const BRIBE = /\b(brib(?:e|es|ed|ing))\b/i;
const PAY = /\b(pa(?:y|ys|id|ying)|provid(?:e|es|ed|ing)|hand(?:s|ed)? over)\b/i;
const DEFINITE = /\bthe (company|firm|ministry|committee|bureau|agency|corporation|enterprise)\s*$/i;
const WORKERS = "group:workers";

/** "the company" -> the latest organisation of the article whose name has that head word. */
function definiteOrg(ctx: RuleContext, text: string): string | null {
  const noun = DEFINITE.exec(text)?.[1]?.toLowerCase();
  if (!noun) return null;
  const orgs = [...ctx.earlier, ...ctx.mentions].filter(
    (m) => m.type === "Organization" && m.entityId.includes(noun === "firm" ? "company" : noun),
  );
  return orgs.at(-1)?.entityId ?? null;
}

function payer(ctx: RuleContext, at: number): string | null {
  const head = ctx.sentence.text.slice(0, local(ctx, at));
  const definite = definiteOrg(
    ctx,
    head.replace(/\s+(must|has to|have to|will|would|is said to|plans to|to)\b.*$/i, ""),
  );
  if (definite) return definite;
  const named = mentionsBefore(ctx, at, ["Country", "Organization", "Group"])[0];
  return named?.entityId ?? null;
}

function payee(ctx: RuleContext, at: number, by: string): ResolvedMention | null {
  const next = mentionsAfter(ctx, at, ["Group", "Organization", "Country", "Person"]).find(
    (m) => m.entityId !== by,
  );
  if (!next) return null;
  const gap = ctx.sentence.text.slice(local(ctx, at), local(ctx, next.start));
  return gap.length < 20 ? next : null;
}

export const paymentRule: Rule = (ctx) => {
  const out: RelationFinding[] = [];
  const bribe = findCue(ctx, BRIBE);
  const money = amountOf(ctx, "money");
  if (bribe) {
    const cadres = ctx.mentions.find((m) => m.entityId === "group:cadres");
    const by = mentionsBefore(ctx, cadres?.start ?? bribe.start, ["Group"]).find(
      (m) => m.entityId !== "group:cadres",
    );
    if (cadres)
      out.push(
        finding(ctx, by?.entityId ?? WORKERS, "BRIBES", cadres.entityId, "payment.bribe", 0.65, {
          attributes: money,
        }),
      );
    return out;
  }
  const cue = findCue(ctx, PAY);
  if (!cue || (Object.keys(money).length === 0 && !/\bwages?\b/i.test(ctx.sentence.text))) return out;
  const payeeCadres = payee(ctx, cue.end, "")?.entityId === "group:cadres";
  const by = payer(ctx, cue.start) ?? (payeeCadres ? WORKERS : null);
  if (!by) return out;
  const named = /^\s+(the \w+)\b/.exec(ctx.sentence.text.slice(local(ctx, cue.end)))?.[1];
  const definite = named ? definiteOrg(ctx, named) : null;
  const to =
    definite ?? payee(ctx, cue.end, by)?.entityId ?? (/\bwages?\b/i.test(ctx.sentence.text) ? WORKERS : null);
  if (to && to !== by) out.push(finding(ctx, by, "PAYS", to, "payment.pays", 0.6, { attributes: money }));
  return out;
};
