/** Where a box of about this size goes beside a point, kept inside the window. */
import type { CSSProperties } from "react";
import type { PagePoint } from "../../features/graph/interactions/pointer-events.ts";

export function placeOnScreen(at: PagePoint, width: number, height: number, gap = 8): CSSProperties {
  const left = at.x + gap + width > window.innerWidth ? Math.max(0, at.x - gap - width) : at.x + gap;
  const top = Math.max(0, Math.min(at.y + gap, window.innerHeight - height));
  return { position: "fixed", left, top, maxWidth: width };
}
