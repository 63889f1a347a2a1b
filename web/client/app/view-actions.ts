/**
 * Changes of the view state that several controls share (search, canvas, details panel, shortcuts), as pure
 * functions of the state.
 */
import type { Expansion, ViewState } from "../lib/view-state.ts";

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
  };
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
    ? { ...state, overview: false, expanded: [], added: [], removed: [], pathFrom: null, pathTo: null }
    : { ...state, overview: true };
}
