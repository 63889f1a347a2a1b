/**
 * Keyboard shortcuts of the explorer: "/" search, "f" fit, "e" expand the selection, Delete remove it, Escape
 * clear it, "n" select the neighbours of the selection, "h" hide the selection, "?" the list of shortcuts,
 * Ctrl+Z / Ctrl+Shift+Z undo and redo (the browser's history of view states). Ignored while typing.
 */
import { useEffect, useRef } from "react";
import { redoView, undoView } from "../lib/view-state.ts";

export interface Shortcuts {
  search(): void;
  fit(): void;
  expand(): void;
  remove(): void;
  clearSelection(): void;
  selectNeighbours(): void;
  hideSelection(): void;
  help(): void;
}

export function useShortcuts(actions: Shortcuts) {
  const current = useRef(actions);
  current.current = actions;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (target?.closest("input, textarea, select, [contenteditable='true']")) return;
      const handler = handlerFor(event, current.current);
      if (!handler) return;
      event.preventDefault();
      handler();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}

function handlerFor(event: KeyboardEvent, actions: Shortcuts): (() => void) | undefined {
  if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "z") {
    return event.shiftKey ? redoView : undoView;
  }
  if (event.ctrlKey || event.metaKey || event.altKey) return undefined;
  const table: Record<string, () => void> = {
    "/": actions.search,
    f: actions.fit,
    e: actions.expand,
    Delete: actions.remove,
    Backspace: actions.remove,
    Escape: actions.clearSelection,
    n: actions.selectNeighbours,
    h: actions.hideSelection,
    "?": actions.help,
  };
  return table[event.key];
}
