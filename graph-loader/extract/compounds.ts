// Names built from other mentions: "North Korea-Russia treaty", "North Korea sanctions resolution",
// "the war in Ukraine". They overlap the country mentions they are made of, which are kept too.

import type { Gazetteer } from "../gazetteer/types.ts";
import type { Mention } from "../model.ts";

function nameOf(gazetteer: Gazetteer, m: Mention): string {
  return (m.entryId && gazetteer.entries.get(m.entryId)?.name) || m.text;
}

function compound(
  from: Mention,
  to: number,
  sentence: string,
  base: number,
  type: Mention["type"],
  name: string,
): Mention {
  return {
    start: from.start,
    end: to,
    text: sentence.slice(from.start - base, to - base),
    type,
    sentenceIndex: from.sentenceIndex,
    detector: "compound",
    attributes: { name },
  };
}

const UNIT =
  /\b(?:the )?((?:[a-z]+ ){1,3}(?:bureau|department|division|office|section|committee|unit)) of (?:the )?$/;

function titleCase(text: string): string {
  return text.replace(/\b[a-z]/g, (c) => c.toUpperCase());
}

/** "the external affairs bureau of the Pyongyang People's Committee": a named unit of an organisation. */
function orgUnits(gazetteer: Gazetteer, sentence: string, base: number, mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const org of mentions.filter((m) => m.type === "Organization")) {
    const unit = UNIT.exec(sentence.slice(Math.max(0, org.start - base - 60), org.start - base));
    if (!unit?.[1]) continue;
    const start = org.start - unit[0].length + unit[0].indexOf(unit[1]);
    const name = `${titleCase(unit[1])} of the ${nameOf(gazetteer, org)}`;
    out.push(compound({ ...org, start }, org.end, sentence, base, "Organization", name));
  }
  return out;
}

const BODY = /^(?:the )?((?:UN |United Nations |U\.N\. )?Security Council)\b/;

/** "UN Security Council Resolution 2397" also names the Security Council itself. */
function resolutionBodies(mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const r of mentions.filter((m) => m.type === "Resolution" && m.detector === "pattern-resolution")) {
    const body = BODY.exec(r.text);
    if (!body?.[1]) continue;
    const start = r.start + body[0].indexOf(body[1]);
    const entryId = "org:un-security-council";
    out.push({
      ...r,
      start,
      end: start + body[1].length,
      text: body[1],
      type: "Organization",
      detector: "compound",
      entryId,
    });
  }
  return out;
}

/** Compound mentions over already-found country mentions of one sentence. */
export function findCompounds(
  gazetteer: Gazetteer,
  sentence: string,
  base: number,
  mentions: Mention[],
): Mention[] {
  const countries = mentions
    .filter((m) => m.type === "Country" && m.detector === "gazetteer")
    .sort((a, b) => a.start - b.start);
  const out: Mention[] = [...orgUnits(gazetteer, sentence, base, mentions), ...resolutionBodies(mentions)];
  for (const [i, a] of countries.entries()) {
    const rest = sentence.slice(a.end - base);
    const b = countries[i + 1];
    if (b && sentence.slice(a.end - base, b.start - base) === "-") {
      const law = /^\s+(treaty|pact|agreement|accord)\b/i.exec(sentence.slice(b.end - base));
      if (law?.[1]) {
        const name = `${nameOf(gazetteer, a)}-${nameOf(gazetteer, b)} ${law[1].toLowerCase()}`;
        out.push(compound(a, b.end + law[0].length, sentence, base, "Resolution", name));
      }
    }
    const sanctions = /^\s+sanctions resolutions?\b/i.exec(rest);
    if (sanctions) {
      const name = `UN sanctions resolutions on ${nameOf(gazetteer, a)}`;
      out.push(compound(a, a.end + sanctions[0].length, sentence, base, "Resolution", name));
    }
    const before = sentence.slice(0, a.start - base);
    const war = /\b(war|conflict|invasion) (in|of|on) $/i.exec(before);
    if (war?.[1]) {
      const start = base + war.index;
      const m: Mention = { ...a, start };
      out.push(
        compound(m, a.end, sentence, base, "Event", `${war[1].toLowerCase()} in ${nameOf(gazetteer, a)}`),
      );
    }
  }
  return out;
}
