/**
 * One briefing export from the live canvas: reads the view, looks up the sources behind its links, composes the
 * framed SVG and, when asked, rasterizes it to PNG. Used by the export dialog and by the automation hook alike.
 */
import type { Core } from "cytoscape";
import type { ArticleSummary } from "../../../shared/api-types.ts";
import { withEmbeddedFonts } from "../../lib/fonts/embed-fonts.ts";
import { loadPictureFonts } from "../../lib/fonts/picture-font.ts";
import { articleSummaries } from "./api/article-summaries.ts";
import { type CollectedView, collectView } from "./collect-view.ts";
import { type BriefingFrame, composeBriefingSvg, type GraphPicture, graphPlacement } from "./compose-svg.ts";
import {
  articleIdsBehind,
  type ExportEdge,
  type ExportNode,
  exportFileName,
  isoDay,
  sourcesBehind,
  visibleLegend,
} from "./frame-model.ts";
import { rasterizeLayers } from "./rasterize.ts";

export interface BriefingOptions {
  width: number;
  height: number;
  background: "white" | "transparent";
  selectionOnly: boolean;
  title: string;
  subtitle: string;
  legend: boolean;
  sources: boolean;
  stamp: boolean;
  permalink: boolean;
  notes: boolean;
  /** The day of the stamp and file name (YYYY-MM-DD); today when empty. */
  date: string;
}

/** What the view itself contributes: the canvas, its notes, its address and what to call it. */
export interface BriefingContext {
  /** The live canvas, read by default. */
  cy?: Core;
  /** Another view's drawing instead of the canvas's (the map). */
  collect?: (selectionOnly: boolean, notes: Record<string, string>) => CollectedView;
  /** Waits for that view to be drawn. */
  settle?: () => Promise<void>;
  notes: Record<string, string>;
  /** The address of the view (the URL view state). */
  permalink: string;
  /** Names the file when there is no title: the saved query and its values, or a generic name. */
  subject: string;
  /** The title and subtitle offered when none is given: the saved query's title and its parameters. */
  defaultTitle: string;
  defaultSubtitle: string;
}

export interface Briefing {
  /** The framed picture as one SVG document (the graph drawn by cytoscape-svg), with its font inside. */
  svg(): Promise<string>;
  /**
   * The framed picture as PNG at `scale`: the frame and callouts rasterized from the same SVG, the graph drawn by
   * the canvas renderer at the size it takes in the frame (drawing it as SVG first is several times slower).
   */
  png(scale: number): Promise<Blob>;
  width: number;
  height: number;
  date: string;
  /** File name without extension. */
  fileName(extension: "png" | "svg"): string;
  nodes: ExportNode[];
  edges: ExportEdge[];
  articles: ArticleSummary[];
}

export const DEFAULT_BRIEFING: BriefingOptions = {
  width: 1200,
  height: 800,
  background: "white",
  selectionOnly: false,
  title: "",
  subtitle: "",
  legend: true,
  sources: true,
  stamp: true,
  permalink: true,
  notes: true,
  date: "",
};

export const MIN_SIZE = 300;
export const MAX_SIZE = 8000;
export const MAX_SCALE = 4;

export async function buildBriefing(context: BriefingContext, options: BriefingOptions): Promise<Briefing> {
  checkOptions(options);
  // The graph's bitmap is drawn by the canvas with the page's fonts: the shipped one must be there first.
  await loadPictureFonts();
  const notes = options.notes ? context.notes : {};
  const view = context.collect
    ? context.collect(options.selectionOnly, notes)
    : collectView(canvasOf(context), options.selectionOnly, notes);
  const summaries = options.sources ? await articleSummaries(articleIdsBehind(view.edges)) : new Map();
  const articles = options.sources ? sourcesBehind(view.edges, summaries) : [];
  const date = options.date || isoDay(new Date());
  const title = options.title.trim();
  const subtitle = options.subtitle.trim();
  const frame: BriefingFrame = {
    width: options.width,
    height: options.height,
    background: options.background,
    ...(title ? { title } : {}),
    ...(subtitle ? { subtitle } : {}),
    ...(options.legend ? { legend: visibleLegend(view.nodes, view.edges) } : {}),
    ...(options.sources ? { sources: articles } : {}),
    ...(options.stamp ? { stamp: `Data as of ${date}` } : {}),
    ...(options.permalink ? { permalink: context.permalink } : {}),
    callouts: view.callouts,
  };
  // The frame is laid out (and a frame too small refused) before anything is drawn.
  const extent: GraphPicture = { svg: "", ...view.size };
  const placed = graphPlacement(extent, frame);
  return {
    svg: () => {
      const picture = view.svg();
      const unit = picture.width / view.size.width;
      const callouts = frame.callouts.map((callout) => ({
        ...callout,
        x: callout.x * unit,
        y: callout.y * unit,
      }));
      return withEmbeddedFonts(composeBriefingSvg(picture, { ...frame, callouts }));
    },
    png: async (scale) =>
      rasterizeLayers(
        [
          { svg: await withEmbeddedFonts(composeBriefingSvg(extent, frame, "frame")) },
          { bitmap: await view.png(placed.scale * scale), box: placed },
          { svg: await withEmbeddedFonts(composeBriefingSvg(extent, frame, "callouts")) },
        ],
        options.width,
        options.height,
        scale,
      ),
    width: options.width,
    height: options.height,
    date,
    fileName: (extension) => exportFileName(title || context.subject, date, extension),
    nodes: view.nodes,
    edges: view.edges,
    articles,
  };
}

function canvasOf(context: BriefingContext): Core {
  if (!context.cy) throw new Error("The explorer's canvas is not ready.");
  return context.cy;
}

export class BriefingOptionsError extends Error {
  override name = "BriefingOptionsError";
}

function checkOptions(options: BriefingOptions): void {
  for (const side of ["width", "height"] as const) {
    const value = options[side];
    if (!Number.isInteger(value) || value < MIN_SIZE || value > MAX_SIZE) {
      throw new BriefingOptionsError(
        `The ${side} must be a whole number of pixels from ${MIN_SIZE} to ${MAX_SIZE}.`,
      );
    }
  }
  if (options.date && !/^\d{4}-\d{2}-\d{2}$/.test(options.date)) {
    throw new BriefingOptionsError(`The date must read YYYY-MM-DD, not "${options.date}".`);
  }
}

export function checkScale(scale: number): void {
  if (!(scale >= 1 && scale <= MAX_SCALE)) {
    throw new BriefingOptionsError(`The scale must be from 1 to ${MAX_SCALE}, not ${scale}.`);
  }
}
