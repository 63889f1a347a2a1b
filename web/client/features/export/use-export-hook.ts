/**
 * `window.__graphbrief_export(options)` for automation (the snapshot command, tests, benchmarks): waits for the
 * layout to settle, then returns the briefing as SVG text and/or base64 PNG with the positions and sources behind it.
 */
import { useEffect, useRef } from "react";
import type { ArticleSummary } from "../../../shared/api-types.ts";
import {
  type BriefingContext,
  type BriefingOptions,
  buildBriefing,
  checkScale,
  DEFAULT_BRIEFING,
} from "./build-briefing.ts";
import { blobToBase64 } from "./rasterize.ts";
import { waitForSettledCanvas } from "./wait-for-canvas.ts";

export interface ExportHookOptions extends Partial<BriefingOptions> {
  format?: "png" | "svg" | "both";
  scale?: number;
  /** Origin printed in the permalink instead of this page's (for pictures made on a private port). */
  origin?: string;
  /** Wait for the layout to settle first (default true; false when the caller has already waited). */
  settle?: boolean;
}

export interface ExportHookResult {
  svg?: string;
  pngBase64?: string;
  fileNames: { png: string; svg: string };
  width: number;
  height: number;
  scale: number;
  positions: Record<string, { x: number; y: number }>;
  nodes: Array<{ id: string; name: string; type: string }>;
  edges: Array<{ id: string; type: string; source: string; target: string; articles: string[] }>;
  articles: ArticleSummary[];
}

declare global {
  interface Window {
    __graphbrief_export?: (options?: ExportHookOptions) => Promise<ExportHookResult>;
  }
}

export function useExportHook(context: () => BriefingContext | null): void {
  const current = useRef(context);
  current.current = context;
  useEffect(() => {
    const hook = async (options: ExportHookOptions = {}): Promise<ExportHookResult> => {
      const initial = current.current();
      if (!initial) throw new Error("The explorer's canvas is not ready.");
      const { format = "both", scale = 1, origin, settle = true, ...frame } = options;
      if (settle && initial.settle) await initial.settle();
      else if (settle && initial.cy) await waitForSettledCanvas(initial.cy);
      const ready = current.current() ?? initial;
      checkScale(scale);
      const permalink = origin
        ? ready.permalink.replace(window.location.origin, origin.replace(/\/$/, ""))
        : ready.permalink;
      const briefing = await buildBriefing(
        { ...ready, permalink },
        { ...DEFAULT_BRIEFING, title: ready.defaultTitle, subtitle: ready.defaultSubtitle, ...frame },
      );
      const png = format === "svg" ? undefined : await briefing.png(scale);
      return {
        ...(format === "png" ? {} : { svg: await briefing.svg() }),
        ...(png ? { pngBase64: await blobToBase64(png) } : {}),
        fileNames: { png: briefing.fileName("png"), svg: briefing.fileName("svg") },
        width: briefing.width,
        height: briefing.height,
        scale,
        positions: Object.fromEntries(briefing.nodes.map((node) => [node.id, { x: node.x, y: node.y }])),
        nodes: briefing.nodes.map(({ id, name, type }) => ({ id, name, type })),
        edges: briefing.edges.map(({ id, type, source, target, articles }) => ({
          id,
          type,
          source,
          target,
          articles,
        })),
        articles: briefing.articles,
      };
    };
    window.__graphbrief_export = hook;
    return () => {
      if (window.__graphbrief_export === hook) window.__graphbrief_export = undefined;
    };
  }, []);
}
