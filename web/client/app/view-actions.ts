/**
 * Changes of the view state that several controls share (search, canvas, details panel, shortcuts), as pure
 * functions of the state.
 */
import type { Expansion, NodePosition, ViewState } from "../lib/view-state.ts";

export function withExpansion(state: ViewState, expansion: Expansion): ViewState {
  const entry: Expansion = expansion.type ? expansion : { id: expansion.id };
  const known = state.expanded.some((item) => item.id === entry.id && item.type === entry.type);
  return known
    ? state
    : {
        ...state,
        expanded: [...state.expanded, entry],
        removed: state.removed.filter((id) => id !== entry.id),
      };
}

/** Takes back every expansion of an entity (its neighbours stay only if something else brought them). */
export function withCollapse(state: ViewState, id: string): ViewState {
  return { ...state, expanded: state.expanded.filter((item) => item.id !== id) };
}

/** Selects an entity and makes sure it is on the canvas. */
export function withSelection(state: ViewState, id: string | null): ViewState {
  if (id === null) return { ...state, selected: null };
  return {
    ...state,
    selected: id,
    added: state.added.includes(id) ? state.added : [...state.added, id],
    removed: state.removed.filter((item) => item !== id),
    hidden: (state.hidden ?? []).filter((item) => item !== id),
  };
}

/** Takes an entity off the canvas (and out of the selection, additions and expansions). */
export function withRemoval(state: ViewState, id: string): ViewState {
  return {
    ...state,
    selected: state.selected === id ? null : state.selected,
    added: state.added.filter((item) => item !== id),
    expanded: state.expanded.filter((item) => item.id !== id),
    removed: state.removed.includes(id) ? state.removed : [...state.removed, id],
    hidden: (state.hidden ?? []).filter((item) => item !== id),
    positions: withoutKey(state.positions, id),
  };
}

/** Hides an entity for now (it stays on the canvas's list and keeps its place); `withAllShown` brings it back. */
export function withHidden(state: ViewState, id: string): ViewState {
  const hidden = state.hidden ?? [];
  return {
    ...state,
    selected: state.selected === id ? null : state.selected,
    hidden: hidden.includes(id) ? hidden : [...hidden, id],
  };
}

/** Hides several entities at once (a selection on the canvas). */
export function withAllHidden(state: ViewState, ids: readonly string[]): ViewState {
  return ids.reduce(withHidden, state);
}

export function withAllShown(state: ViewState): ViewState {
  return { ...state, hidden: [] };
}

/** Pins an entity (layouts leave it where it is) or unpins it. */
export function withPin(state: ViewState, id: string, pin: boolean): ViewState {
  return {
    ...state,
    pinned: pin ? [...new Set([...state.pinned, id])] : state.pinned.filter((item) => item !== id),
  };
}

/** Records where the user dropped a node, rounded to whole pixels. */
export function withMoved(state: ViewState, id: string, position: NodePosition): ViewState {
  return {
    ...state,
    positions: { ...state.positions, [id]: { x: Math.round(position.x), y: Math.round(position.y) } },
  };
}

function withoutKey<T>(record: Record<string, T> | undefined, key: string): Record<string, T> {
  const { [key]: _gone, ...rest } = record ?? {};
  return rest;
}

export function withAdded(state: ViewState, ids: string[]): ViewState {
  return {
    ...state,
    added: [...new Set([...state.added, ...ids])],
    removed: state.removed.filter((id) => !ids.includes(id)),
  };
}

export function withClearedCanvas(state: ViewState, empty: boolean): ViewState {
  return empty
    ? {
        ...state,
        overview: false,
        expanded: [],
        added: [],
        removed: [],
        hidden: [],
        positions: {},
        arrangement: {},
        pathFrom: null,
        pathTo: null,
      }
    : { ...state, overview: true };
}
