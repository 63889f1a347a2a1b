/**
 * What is drawn over the canvas besides the graph: a node's context menu, the hover card (after the pointer has
 * rested a moment, never while a menu is open), the shortcut help, and the nodes selected on the canvas.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { PagePoint } from "../../features/graph/interactions/pointer-events.ts";

export interface NodeAt {
  id: string;
  at: PagePoint;
}

const HOVER_DELAY_MS = 300;

export function useCanvasOverlays() {
  const [menu, setMenu] = useState<NodeAt | null>(null);
  const [hover, setHover] = useState<NodeAt | null>(null);
  const [help, setHelp] = useState(false);
  const [selection, setSelection] = useState<string[]>([]);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const menuOpen = useRef(false);
  menuOpen.current = menu !== null;

  const onHover = useCallback((id: string | null, at: PagePoint) => {
    clearTimeout(timer.current);
    if (id === null) setHover(null);
    else timer.current = setTimeout(() => !menuOpen.current && setHover({ id, at }), HOVER_DELAY_MS);
  }, []);
  useEffect(() => () => clearTimeout(timer.current), []);

  return {
    menu,
    openMenu: useCallback((id: string, at: PagePoint) => setMenu({ id, at }), []),
    closeMenu: useCallback(() => setMenu(null), []),
    hover,
    onHover,
    help,
    toggleHelp: useCallback(() => setHelp((shown) => !shown), []),
    closeHelp: useCallback(() => setHelp(false), []),
    selection,
    setSelection,
  };
}
