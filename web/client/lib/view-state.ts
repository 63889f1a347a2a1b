/**
 * The explorer's view state, kept in the URL so that reloading or sharing a link reproduces the view: the
 * selection, expanded entities (optionally by relationship type), filters, time, layout and the path asked for.
 */
import { useCallback, useMemo, useSyncExternalStore } from "react";
import { type Arrangement, decodeArrangement, encodeArrangement } from "./arrangement-code.ts";
import { decodeViewport, encodeViewport, type Viewport } from "./viewport-code.ts";

export const LAYOUTS = ["fcose", "dagre", "concentric", "grid"] as const;
export type LayoutName = (typeof LAYOUTS)[number];

/** One expansion: the entity and, when only one kind of link was asked for, its relationship type. */
export interface Expansion {
  id: string;
  type?: string;
}

export interface ViewState {
  /** Whether the canvas starts from the overview (most connected entities) or only from what was explored. */
  overview: boolean;
  selected: string | null;
  /** Entities put on the canvas one by one (from search or a link in the details panel). */
  added: string[];
  /** Entities taken off the canvas by the user. */
  removed: string[];
  /** Entities whose position layouts leave alone. */
  pinned: string[];
  /** The most nodes the canvas draws. */
  cap: number;
  expanded: Expansion[];
  hiddenTypes: string[];
  hiddenRelations: string[];
  /** Articles whose links are hidden (a link stays while another of its articles is shown). */
  hiddenArticles: string[];
  minSources: number;
  /** Claims found with less confidence than this (0–1) are hidden; 0 shows all. */
  minConfidence: number;
  /** Whether co-mentions (entities named in one sentence, no claim between them) are drawn; off by default. */
  coMentions: boolean;
  /** Links first reported before this month ("YYYY-MM") are hidden; null shows all (`since=`). */
  since?: string | null;
  /** Links first reported after this date (an ISO prefix, a month from the timeline) are hidden; null shows all. */
  until: string | null;
  /** Whether links known only from undated articles are shown. */
  showUndated: boolean;
  layout: LayoutName;
  /** Map mode: the entities with coordinates at their places on a world map instead of the graph layout (`map=1`). */
  map?: boolean;
  /** The route highlighted on the map (`route=<routeId>`). */
  route?: string | null;
  pathFrom: string | null;
  pathTo: string | null;
  /** The article open in the reader. */
  article: string | null;
  /** The sentence the reader was opened at, marked and scrolled to (`cite=<start>-<end>`, with `article`). */
  cited?: TextRange | null;
  /** A saved query whose graph result replaces the overview as the canvas's base (`q=<name>`). */
  query?: string | null;
  /** That query's parameters as typed in the URL (`qp.<name>=<value>`). */
  queryParams?: Record<string, string>;
  /** Notes attached to nodes or links by id, drawn as callouts in briefing exports (`note.<id>=<text>`). */
  notes?: Record<string, string>;
  /** Where the user dragged nodes (rounded); layouts keep them there (`pos=<id>~<x>~<y>,…`). */
  positions?: Record<string, NodePosition>;
  /** Entities on the canvas but hidden for now, until shown again (`hide=`); unlike `removed`, still laid out. */
  hidden?: string[];
  /**
   * Where every node on the canvas was once the user arranged it (expanded, dragged, changed the layout), by
   * arrangement key (`at=`, see arrangement-code.ts): a reload or shared link puts each node back there.
   */
  arrangement?: Arrangement;
  /** What node size shows: nothing, the links drawn at the node, or the independent sources behind them (`size=`). */
  sizeBy?: NodeSizing;
  /** Whether entities without any link drawn to them are hidden (`unlinked=hide`). */
  hideUnlinked?: boolean;
  /** The canvas's zoom and pan once the user changed them (`vp=`). */
  viewport?: Viewport | null;
}

export const NODE_SIZINGS = ["same", "links", "sources"] as const;
export type NodeSizing = (typeof NODE_SIZINGS)[number];

/** A stretch of an article's text by character offsets, end excluded (the sentence a claim cites). */
export interface TextRange {
  start: number;
  end: number;
}

/** Opens an article in the reader at the sentence it is cited for. */
export type OpenArticle = (article: string, cited: TextRange) => void;

export interface NodePosition {
  x: number;
  y: number;
}

const CHANGE_EVENT = "graphbrief:view-state";
export const DEFAULT_CAP = 2000;
export const MIN_CAP = 10;
export const MAX_CAP = 10_000;

export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const list = (name: string) => (params.get(name) ?? "").split(",").filter((item) => item.length > 0);
  const layout = params.get("layout");
  return {
    overview: params.get("start") !== "empty",
    selected: params.get("sel"),
    added: list("add"),
    removed: list("removed"),
    pinned: list("pin"),
    cap: Math.min(MAX_CAP, Math.max(MIN_CAP, Number.parseInt(params.get("cap") ?? "", 10) || DEFAULT_CAP)),
    expanded: list("exp").map((entry) => {
      const [id = "", type] = entry.split("|");
      return type ? { id, type } : { id };
    }),
    hiddenTypes: list("hideTypes"),
    hiddenRelations: list("hideRels"),
    hiddenArticles: list("hideArticles"),
    minSources: Math.max(1, Number.parseInt(params.get("minSources") ?? "1", 10) || 1),
    minConfidence: Math.min(1, Math.max(0, Number.parseFloat(params.get("minConf") ?? "0") || 0)),
    coMentions: params.get("comentions") === "1",
    since: params.get("since"),
    until: params.get("until"),
    showUndated: params.get("undated") !== "0",
    layout: (LAYOUTS as readonly string[]).includes(layout ?? "") ? (layout as LayoutName) : "fcose",
    map: params.get("map") === "1",
    route: params.get("route"),
    pathFrom: params.get("from"),
    pathTo: params.get("to"),
    article: params.get("article"),
    cited: params.get("article") ? parseTextRange(params.get("cite")) : null,
    query: params.get("q"),
    queryParams: prefixed(params, "qp."),
    notes: prefixed(params, "note."),
    positions: parsePositions(list("pos")),
    hidden: list("hide"),
    arrangement: decodeArrangement(params.get("at")),
    sizeBy: (NODE_SIZINGS as readonly string[]).includes(params.get("size") ?? "")
      ? (params.get("size") as NodeSizing)
      : "same",
    hideUnlinked: params.get("unlinked") === "hide",
    viewport: decodeViewport(params.get("vp")),
  };
}

function parseTextRange(text: string | null): TextRange | null {
  const match = /^(\d+)-(\d+)$/.exec(text ?? "");
  if (!match) return null;
  const start = Number(match[1]);
  const end = Number(match[2]);
  return end > start ? { start, end } : null;
}

/** `<id>~<x>~<y>` entries; the id may itself contain `~`, so the numbers are read from the end. */
function parsePositions(entries: string[]): Record<string, NodePosition> {
  const positions: Record<string, NodePosition> = {};
  for (const entry of entries) {
    const parts = entry.split("~");
    const y = Number(parts.pop());
    const x = Number(parts.pop());
    const id = parts.join("~");
    if (id && Number.isFinite(x) && Number.isFinite(y)) positions[id] = { x, y };
  }
  return positions;
}

/** The parameters whose names start with `prefix`, without it; empty names and values are dropped. */
function prefixed(params: URLSearchParams, prefix: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const [name, value] of params) {
    if (name.startsWith(prefix) && name.length > prefix.length && value)
      found[name.slice(prefix.length)] = value;
  }
  return found;
}

export function serializeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  const set = (name: string, value: string | null) => {
    if (value) params.set(name, value);
  };
  set("start", state.overview ? null : "empty");
  set("sel", state.selected);
  set("add", state.added.join(","));
  set("removed", state.removed.join(","));
  set("pin", state.pinned.join(","));
  set("cap", state.cap === DEFAULT_CAP ? null : String(state.cap));
  set("exp", state.expanded.map((entry) => (entry.type ? `${entry.id}|${entry.type}` : entry.id)).join(","));
  set("hideTypes", state.hiddenTypes.join(","));
  set("hideRels", state.hiddenRelations.join(","));
  set("hideArticles", state.hiddenArticles.join(","));
  set("minSources", state.minSources > 1 ? String(state.minSources) : null);
  set("minConf", state.minConfidence > 0 ? String(Math.round(state.minConfidence * 100) / 100) : null);
  set("comentions", state.coMentions ? "1" : null);
  set("since", state.since ?? null);
  set("until", state.until);
  set("undated", state.showUndated ? null : "0");
  set("layout", state.layout === "fcose" ? null : state.layout);
  set("map", state.map ? "1" : null);
  set("route", state.map ? (state.route ?? null) : null);
  set("from", state.pathFrom);
  set("to", state.pathTo);
  set("article", state.article);
  set("cite", state.article && state.cited ? `${state.cited.start}-${state.cited.end}` : null);
  set("q", state.query ?? null);
  for (const [name, value] of sortedEntries(state.queryParams)) set(`qp.${name}`, value);
  for (const [id, text] of sortedEntries(state.notes)) set(`note.${id}`, text);
  set(
    "pos",
    Object.entries(state.positions ?? {})
      .map(([id, { x, y }]) => `${id}~${Math.round(x)}~${Math.round(y)}`)
      .join(","),
  );
  set("hide", (state.hidden ?? []).join(","));
  set("at", encodeArrangement(state.arrangement ?? {}));
  set("size", state.sizeBy && state.sizeBy !== "same" ? state.sizeBy : null);
  set("unlinked", state.hideUnlinked ? "hide" : null);
  set("vp", state.viewport ? encodeViewport(state.viewport) : null);
  const text = params.toString();
  return text ? `?${text}` : "";
}

function sortedEntries(record: Record<string, string> | undefined): Array<[string, string]> {
  return Object.entries(record ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function subscribe(onChange: () => void) {
  window.addEventListener("popstate", onChange);
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener("popstate", onChange);
    window.removeEventListener(CHANGE_EVENT, onChange);
  };
}

export type ViewUpdate = (change: (state: ViewState) => ViewState, options?: { replace?: boolean }) => void;

/**
 * The view state and an updater that writes the URL (a history entry per change, so Back undoes it; `replace`
 * changes the current entry instead, for changes that come in a stream such as timeline playback).
 */
export function useViewState(): [ViewState, ViewUpdate] {
  const search = useSyncExternalStore(subscribe, () => window.location.search);
  const state = useMemo(() => parseViewState(search), [search]);
  const update = useCallback<ViewUpdate>((change, options) => {
    const next = serializeViewState(change(parseViewState(window.location.search)));
    if (next === window.location.search) return;
    const url = `${window.location.pathname}${next}`;
    if (options?.replace) window.history.replaceState(window.history.state, "", url);
    else window.history.pushState({ depth: viewHistoryDepth() + 1 }, "", url);
    window.dispatchEvent(new Event(CHANGE_EVENT));
  }, []);
  return [state, update];
}

/** How many view changes can be undone with the browser's Back (0 on a freshly opened link). */
export function viewHistoryDepth(): number {
  const depth = (window.history.state as { depth?: unknown } | null)?.depth;
  return typeof depth === "number" ? depth : 0;
}

export function undoView(): void {
  if (viewHistoryDepth() > 0) window.history.back();
}

export function redoView(): void {
  window.history.forward();
}
