/**
 * Where the legend's rows go: down a column beside the graph, then into further columns while the graph keeps at
 * least half the picture's width, and when even those are full, the last row says how many types it leaves out.
 * So a legend never makes a picture impossible, however many types the view shows.
 */
import type { Legend, LegendEntry } from "./frame-model.ts";

export const LEGEND_COLUMN_WIDTH = 190;
export const LEGEND_COLUMN_GAP = 12;
const HEADING_HEIGHT = 20;
const ENTRY_HEIGHT = 18;
const SECTION_GAP = 16;

/** A row of the legend; `y` is its bottom, where an entry's text stands, from the legend's top left. */
export type LegendRow = Item & { x: number; y: number };

export interface LegendPlan {
  columns: number;
  width: number;
  rows: LegendRow[];
  /** Entries left out for want of room. */
  omitted: number;
}

type Item =
  | { kind: "heading"; text: string }
  | { kind: "entity" | "relation"; entry: LegendEntry }
  | { kind: "more"; text: string };

/** The legend's rows in at most `maxColumns` columns of at most `height` pixels. */
export function planLegend(legend: Legend, height: number, maxColumns: number): LegendPlan {
  const items = legendItems(legend);
  const columns = Math.max(1, maxColumns);
  for (let count = 1; count <= columns; count++) {
    const rows = flow(items, height, count);
    if (rows) return { columns: count, width: columnsWidth(count), rows, omitted: 0 };
  }
  return summarised(items, height, columns);
}

/** How many legend columns fit beside the graph while the graph keeps at least half of `innerWidth`. */
export function maxLegendColumns(innerWidth: number): number {
  let count = 1;
  while (columnsWidth(count + 1) + LEGEND_COLUMN_GAP <= innerWidth / 2) count++;
  return count;
}

export function columnsWidth(count: number): number {
  return count * LEGEND_COLUMN_WIDTH + (count - 1) * LEGEND_COLUMN_GAP;
}

function legendItems(legend: Legend): Item[] {
  const items: Item[] = [];
  if (legend.entities.length > 0) {
    items.push({ kind: "heading", text: "Entities" });
    for (const entry of legend.entities) items.push({ kind: "entity", entry });
  }
  if (legend.relations.length > 0) {
    items.push({ kind: "heading", text: "Links" });
    for (const entry of legend.relations) items.push({ kind: "relation", entry });
  }
  return items;
}

function itemHeight(item: Item, atTop: boolean): number {
  if (item.kind !== "heading") return ENTRY_HEIGHT;
  return HEADING_HEIGHT + (atTop ? 0 : SECTION_GAP);
}

/** The items down at most `columns` columns, or null when they do not all fit. */
function flow(items: Item[], height: number, columns: number): LegendRow[] | null {
  const rows: LegendRow[] = [];
  let column = 0;
  let y = 0;
  for (const item of items) {
    // A heading never ends a column: it moves on with its first entry.
    const needed = itemHeight(item, y === 0) + (item.kind === "heading" ? ENTRY_HEIGHT : 0);
    if (y > 0 && y + needed > height) {
      column++;
      y = 0;
    }
    y += itemHeight(item, y === 0);
    if (column >= columns || y > height) return null;
    rows.push({ ...item, x: column * (LEGEND_COLUMN_WIDTH + LEGEND_COLUMN_GAP), y });
  }
  return rows;
}

/** As many items as fit in all columns, and a last row saying how many entries are left out. */
function summarised(items: Item[], height: number, columns: number): LegendPlan {
  const entries = (list: Item[]) => list.filter((item) => item.kind === "entity" || item.kind === "relation");
  const total = entries(items).length;
  for (let kept = items.length - 1; kept >= 0; kept--) {
    const shown = items.slice(0, kept);
    // A heading with none of its entries after it says nothing.
    while (shown.at(-1)?.kind === "heading") shown.pop();
    const omitted = total - entries(shown).length;
    const more: Item = { kind: "more", text: `and ${omitted} more ${omitted === 1 ? "type" : "types"}` };
    const rows = flow([...shown, more], height, columns);
    if (rows) return { columns, width: columnsWidth(columns), rows, omitted };
  }
  return { columns, width: columnsWidth(columns), rows: [], omitted: total };
}
