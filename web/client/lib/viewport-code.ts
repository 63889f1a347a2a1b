/** The canvas's zoom and pan as the URL keeps them (`vp=<zoom>~<x>~<y>`). */

export interface Viewport {
  zoom: number;
  x: number;
  y: number;
}

/**
 * `zoom~x~y`: the zoom to 6 significant digits and the pan to a tenth of a pixel. A node's place on the screen is
 * its graph position times the zoom plus the pan, so a zoom rounded to 1/1000 put a node 16,000 graph units from
 * the origin (a large graph) 8 px away from where the sender saw it.
 */
export function encodeViewport(viewport: Viewport): string {
  return `${urlZoom(viewport.zoom)}~${tenths(viewport.x)}~${tenths(viewport.y)}`;
}

/** The zoom as the URL keeps it (6 significant digits): what a receiver of the link has. */
export function urlZoom(zoom: number): number {
  return Number(zoom.toPrecision(6));
}

export function decodeViewport(text: string | null): Viewport | null {
  const [zoom, x, y] = (text ?? "").split("~").map(Number);
  if (zoom === undefined || x === undefined || y === undefined) return null;
  return Number.isFinite(zoom) && zoom > 0 && Number.isFinite(x) && Number.isFinite(y)
    ? { zoom, x, y }
    : null;
}

function tenths(value: number): number {
  // `+ 0` writes -0 as 0.
  return Math.round(value * 10) / 10 + 0;
}
