/**
 * Briefings of map mode: the export feature reads the map's own drawing (outlines as paths, names as text) instead
 * of the graph canvas, and waits for the map to be drawn rather than for a layout.
 */
import type { BriefingSource } from "../features/export/use-briefing-context.ts";

const SETTLE_MS = 30_000;

export function mapBriefingSource(): BriefingSource {
  return {
    collect: (selectionOnly, notes) => {
      const handle = window.__graphbrief_map;
      if (!handle) throw new Error("The map is not drawn yet.");
      if (selectionOnly)
        throw new Error("On the map the whole view is exported; untick “only the selection”.");
      return handle.picture(notes);
    },
    settle: async () => {
      const deadline = Date.now() + SETTLE_MS;
      while (!window.__graphbrief_map) {
        if (Date.now() > deadline) throw new Error(`The map was not drawn within ${SETTLE_MS / 1000} s.`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await new Promise((resolve) => requestAnimationFrame(resolve));
    },
  };
}
