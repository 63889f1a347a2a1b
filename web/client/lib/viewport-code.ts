/** The canvas's zoom and pan as the URL keeps them (`vp=<zoom>~<x>~<y>`). */

export interface Viewport {
  zoom: number;
  x: number;
  y: number;
}

/** `zoom~x~y`, rounded (zoom to 1/1000, pan to whole pixels). */
export function encodeViewport(viewport: Viewport): string {
  return `${Math.round(viewport.zoom * 1000) / 1000}~${Math.round(viewport.x)}~${Math.round(viewport.y)}`;
}

export function decodeViewport(text: string | null): Viewport | null {
  const [zoom, x, y] = (text ?? "").split("~").map(Number);
  if (zoom === undefined || x === undefined || y === undefined) return null;
  return Number.isFinite(zoom) && zoom > 0 && Number.isFinite(x) && Number.isFinite(y)
    ? { zoom, x, y }
    : null;
}
