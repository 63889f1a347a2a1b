/**
 * The snapshot command's arguments: what to render (a saved query with parameters, or a permalink), where to
 * write it (.png or .svg) and how (size, scale, title, layout, date), checked before anything starts.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { LAYOUTS, type LayoutName } from "../../../web/client/lib/view-state.ts";
import { UsageError } from "./errors.ts";

export interface SnapshotArgs {
  source: { kind: "query"; name: string; params: Record<string, string> } | { kind: "url"; url: string };
  out: string;
  format: "png" | "svg";
  width: number;
  height: number;
  scale: number;
  title?: string;
  subtitle?: string;
  /** A graph layout, or "map": map mode, the entities at their places. */
  layout?: SnapshotLayout;
  date?: string;
  json: boolean;
}

export type SnapshotLayout = LayoutName | "map";
const SNAPSHOT_LAYOUTS: readonly string[] = [...LAYOUTS, "map"];

export const USAGE = `Usage: npm run snapshot -- (--query <saved query> [--param name=value …] | --url <permalink>)
                        --out <file.png|file.svg> [--width 1200] [--height 800] [--scale 1..4]
                        [--title <text>] [--subtitle <text>] [--layout ${SNAPSHOT_LAYOUTS.join("|")}] [--date YYYY-MM-DD] [--json]`;

export function parseSnapshotArgs(argv: string[]): SnapshotArgs {
  let values: ReturnType<typeof parse>["values"];
  try {
    ({ values } = parse(argv));
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
  if (Boolean(values.query) === Boolean(values.url))
    throw new UsageError(`Give either --query or --url.\n${USAGE}`);
  if (!values.out) throw new UsageError(`--out is required.\n${USAGE}`);
  const format = path.extname(values.out).toLowerCase().slice(1);
  if (format !== "png" && format !== "svg")
    throw new UsageError(`--out must end in .png or .svg, not "${values.out}".`);
  if (values.layout && !SNAPSHOT_LAYOUTS.includes(values.layout)) {
    throw new UsageError(`--layout must be one of ${SNAPSHOT_LAYOUTS.join(", ")}, not "${values.layout}".`);
  }
  if (values.date && !/^\d{4}-\d{2}-\d{2}$/.test(values.date))
    throw new UsageError(`--date must read YYYY-MM-DD.`);
  return {
    source: values.query
      ? { kind: "query", name: values.query, params: paramValues(values.param ?? []) }
      : { kind: "url", url: checkedUrl(values.url ?? "") },
    out: path.resolve(values.out),
    format,
    width: wholeNumber("width", values.width ?? "1200", 300, 8000),
    height: wholeNumber("height", values.height ?? "800", 300, 8000),
    scale: scaleValue(values.scale ?? "1"),
    ...(values.title ? { title: values.title } : {}),
    ...(values.subtitle ? { subtitle: values.subtitle } : {}),
    ...(values.layout ? { layout: values.layout as SnapshotLayout } : {}),
    ...(values.date ? { date: values.date } : {}),
    json: values.json ?? false,
  };
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      query: { type: "string" },
      param: { type: "string", multiple: true },
      url: { type: "string" },
      out: { type: "string" },
      width: { type: "string" },
      height: { type: "string" },
      scale: { type: "string" },
      title: { type: "string" },
      subtitle: { type: "string" },
      layout: { type: "string" },
      date: { type: "string" },
      json: { type: "boolean" },
    },
  });
}

function paramValues(pairs: string[]): Record<string, string> {
  const params: Record<string, string> = {};
  for (const pair of pairs) {
    const split = pair.indexOf("=");
    if (split <= 0) throw new UsageError(`--param must read name=value, not "${pair}".`);
    params[pair.slice(0, split)] = pair.slice(split + 1);
  }
  return params;
}

function checkedUrl(text: string): string {
  try {
    const url = new URL(text);
    if (url.protocol === "http:" || url.protocol === "https:") return url.toString();
  } catch {
    // reported below
  }
  throw new UsageError(`--url must be an http(s) address of a graphbrief view, not "${text}".`);
}

function wholeNumber(name: string, text: string, min: number, max: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, not "${text}".`);
  }
  return value;
}

function scaleValue(text: string): number {
  const value = Number(text);
  if (!(value >= 1 && value <= 4)) throw new UsageError(`--scale must be from 1 to 4, not "${text}".`);
  return value;
}
