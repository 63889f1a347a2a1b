/**
 * What the explorer's view gives a briefing: the live canvas, the notes and permalink from the URL view state,
 * a default title and subtitle (the saved query's title and its parameters, or for other views how many entities
 * they show) and the subject that names files.
 */
import { useCallback } from "react";
import { serializeViewState, type ViewState } from "../../lib/view-state.ts";
import type { BriefingContext } from "./build-briefing.ts";

/** A view drawn by something other than the canvas (the map): how to read it and wait for it. */
export type BriefingSource = Pick<BriefingContext, "collect" | "settle">;

export function useBriefingContext(
  view: ViewState,
  queryTitle: string | undefined,
  entityCount: number,
  source?: () => BriefingSource | null,
) {
  const params = Object.entries(view.queryParams ?? {});
  const notes = view.notes ?? {};
  const subject = view.query
    ? [view.query, ...params.map(([, value]) => value)].join(" ")
    : "graphbrief view";
  const title = view.query ? (queryTitle ?? view.query) : overviewTitle(entityCount);
  const subtitle = params.map(([name, value]) => `${name}: ${value}`).join(" · ");
  const context = useCallback((): BriefingContext | null => {
    const drawn = source ? source() : null;
    const cy = window.__graphbrief_cy;
    if (!drawn && !cy) return null;
    const permalink = `${window.location.origin}${window.location.pathname}${serializeViewState(view)}`;
    return {
      ...(drawn ? drawn : { cy }),
      notes,
      permalink,
      subject,
      defaultTitle: title,
      defaultSubtitle: subtitle,
    };
  }, [view, notes, subject, title, subtitle, source]);
  return { context, title, subtitle };
}

/** The title a view without a saved query offers: what it shows, "Overview of 84 entities". */
export function overviewTitle(entityCount: number): string {
  return `Overview of ${entityCount.toLocaleString("en")} ${entityCount === 1 ? "entity" : "entities"}`;
}

/** The view with a note set on an element, or removed when the text is empty. */
export function withNote(state: ViewState, id: string, text: string): ViewState {
  const { [id]: _old, ...others } = state.notes ?? {};
  return { ...state, notes: text ? { ...others, [id]: text } : others };
}
