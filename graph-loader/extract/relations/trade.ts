// Trade: exports and imports between countries, the goods involved, the ports goods leave from,
// and payments in kind ("receiving payment for arms sales to Russia in the form of wheat").

import type { RelationFinding, ResolvedMention } from "../../model.ts";
import {
  clauseEnd,
  clauseStart,
  findCue,
  finding,
  local,
  mentionsAfter,
  protagonist,
  type Rule,
  type RuleContext,
  subjectBefore,
} from "./context.ts";

const EXPORT = /\b(export\w*|shipping|ship(?:s|ped)?|sell\w*|sales? of|arms sales|providing|supply\w*)\b/i;
const IMPORT = /\b(import(?:s|ed|ing)?|receiv\w+ payments?|buy\w*|purchas\w*)\b/i;
const BLOCKED = /\b(suspend\w*|ban\w*|halt\w*|prohibit\w*)\s+(?:\w+\s+){0,3}$/i;
const IN_KIND = /\bin the form of\b/i;

/** The trading country: the sentence's subject, else the article's protagonist other than the partner. */
function countryBefore(ctx: RuleContext, at: number, partner?: string | null): string | null {
  return subjectBefore(ctx, at, ["Country"])?.entityId ?? protagonist(ctx, partner ?? undefined);
}

function partnerAfter(ctx: RuleContext, at: number, preposition: RegExp, not: string): string | null {
  for (const m of mentionsAfter(ctx, at, ["Country"])) {
    const gap = ctx.sentence.text.slice(Math.max(0, local(ctx, m.start) - 12), local(ctx, m.start));
    if (preposition.test(gap) && m.entityId !== not) return m.entityId;
  }
  return null;
}

/** The first cue not under a ban ("banned exports of …" is no export; "still ships …" is). */
function openCue(ctx: RuleContext, re: RegExp): { start: number; end: number; text: string } | null {
  for (const m of ctx.sentence.text.matchAll(new RegExp(re.source, "gi"))) {
    const at = m.index ?? 0;
    if (!BLOCKED.test(ctx.sentence.text.slice(0, at))) {
      return { start: ctx.sentence.start + at, end: ctx.sentence.start + at + m[0].length, text: m[0] };
    }
  }
  return null;
}

function exportsOf(ctx: RuleContext): RelationFinding[] {
  const cue = openCue(ctx, EXPORT);
  if (!cue) return [];
  const exporter = countryBefore(ctx, cue.start, partnerAfter(ctx, cue.start, /\bto\s+(?:the\s+)?$/, ""));
  if (!exporter) return [];
  const kind = findCue(ctx, IN_KIND);
  const [from, to] = [clauseStart(ctx, cue.start), clauseEnd(ctx, cue.end)];
  const inClause = (m: ResolvedMention) => m.start >= from && m.end <= to;
  const goods = ctx.mentions.filter(
    (m) => m.type === "Commodity" && inClause(m) && (!kind || m.start < kind.start),
  );
  const dest = partnerAfter(ctx, cue.start, /\bto\s+(?:the\s+)?$/, exporter);
  if (!dest && partnerAfter(ctx, cue.start, /\bto\s+(?:the\s+)?$/, "") === exporter) return [];
  const out = goods.map((g) => finding(ctx, exporter, "EXPORTS", g.entityId, "trade.exports-goods", 0.6));
  if (dest && goods.length > 0) {
    const attributes = { commodities: goods.map((g) => g.entityId).join(",") };
    out.push(finding(ctx, exporter, "EXPORTS_TO", dest, "trade.exports-to", 0.65, { attributes }));
  }
  const port = mentionsAfter(ctx, cue.start, ["Place"]).find((p) =>
    /\b(out of|from)\s+(?:the\s+)?(?:port of\s+)?$/i.test(
      ctx.sentence.text.slice(0, local(ctx, p.start)).slice(-24),
    ),
  );
  if (port)
    for (const g of goods)
      out.push(finding(ctx, g.entityId, "EXPORTED_FROM", port.entityId, "trade.exported-from-port", 0.65));
  return out;
}

function importsOf(ctx: RuleContext): RelationFinding[] {
  const cue = openCue(ctx, IMPORT);
  if (!cue) return [];
  const importer = countryBefore(ctx, cue.start, partnerAfter(ctx, cue.start, /\bfrom\s+(?:the\s+)?$/, ""));
  if (!importer) return [];
  const kind = findCue(ctx, IN_KIND);
  const paid = /payment/i.test(cue.text);
  const [from, to] = [clauseStart(ctx, cue.start), clauseEnd(ctx, cue.end)];
  const inClause = (m: ResolvedMention) => m.start >= from && m.end <= to;
  const goods = ctx.mentions.filter(
    (m) => m.type === "Commodity" && inClause(m) && (kind ? m.start > kind.start : !paid),
  );
  const out = goods.map((g) => finding(ctx, importer, "IMPORTS", g.entityId, "trade.imports-goods", 0.6));
  const partner = partnerAfter(
    ctx,
    cue.start,
    kind ? /\b(to|from)\s+(?:the\s+)?$/ : /\bfrom\s+(?:the\s+)?$/,
    importer,
  );
  if (partner) {
    out.push(finding(ctx, importer, "IMPORTS_FROM", partner, "trade.imports-from", 0.65));
    if (kind) out.push(finding(ctx, partner, "PAYS", importer, "trade.payment-in-kind", 0.6));
  }
  return out;
}

export const tradeRule: Rule = (ctx) => [...exportsOf(ctx), ...importsOf(ctx)];
