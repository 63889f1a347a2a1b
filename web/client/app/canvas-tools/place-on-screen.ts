/**
 * Where a floating box (a node's menu, a hover card) goes beside a point so that all of it stays inside the window.
 * The box is measured as drawn, not estimated: a menu grows when the node's links arrive, and a box taller than the
 * window is capped to it and scrolls inside.
 */
import { type RefObject, useLayoutEffect } from "react";
import type { PagePoint } from "../../features/graph/interactions/pointer-events.ts";

export interface Size {
  width: number;
  height: number;
}

export interface Placement {
  left: number;
  top: number;
  maxHeight: number;
}

/** Right of and below the point when it fits, else left of it or raised; never past any edge of the window. */
export function placeBeside(at: PagePoint, box: Size, window: Size, gap = 8): Placement {
  const maxHeight = Math.max(0, window.height - 2 * gap);
  const height = Math.min(box.height, maxHeight);
  const right = at.x + gap;
  const left =
    right + box.width <= window.width - gap
      ? right
      : Math.max(gap, Math.min(at.x - gap - box.width, window.width - gap - box.width));
  const below = at.y + gap;
  const top = below + height <= window.height - gap ? below : Math.max(gap, window.height - gap - height);
  return { left, top, maxHeight };
}

/** Keeps the element at `ref` placed beside `at`, again whenever its size or the window's size changes. */
export function useKeptOnScreen(ref: RefObject<HTMLElement | null>, at: PagePoint, gap = 8): void {
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const place = () => {
      // Measured at its natural height, so that a menu that has grown (or shrunk) is placed by its real size.
      element.style.maxHeight = "";
      const { width, height } = element.getBoundingClientRect();
      const spot = placeBeside(
        at,
        { width, height },
        { width: window.innerWidth, height: window.innerHeight },
        gap,
      );
      element.style.left = `${spot.left}px`;
      element.style.top = `${spot.top}px`;
      element.style.maxHeight = `${spot.maxHeight}px`;
    };
    place();
    const observer = new ResizeObserver(place);
    observer.observe(element);
    window.addEventListener("resize", place);
    return () => {
      observer.disconnect();
      window.removeEventListener("resize", place);
    };
  }, [ref, at, gap]);
}
