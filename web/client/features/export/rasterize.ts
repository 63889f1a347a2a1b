/**
 * PNG from layers drawn one over another into a canvas `scale` times the frame's size: SVG layers (the frame, the
 * callouts) as images, and bitmaps (the graph as the canvas draws it) into their box.
 */
import { bytesToBase64 } from "../../lib/base64.ts";
import { loadSvgImage } from "../../lib/fonts/svg-image.ts";
import type { Box } from "./compose-svg.ts";

export type Layer = { svg: string } | { bitmap: Blob; box: Box };

export async function rasterizeLayers(
  layers: Layer[],
  width: number,
  height: number,
  scale: number,
): Promise<Blob> {
  const canvas = document.createElement("canvas");
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext("2d");
  if (!context) throw new Error("This browser gives no 2D canvas to draw the PNG on.");
  for (const layer of layers) {
    if ("svg" in layer) context.drawImage(await loadSvgImage(layer.svg), 0, 0, canvas.width, canvas.height);
    else {
      const { x, y, width: w, height: h } = layer.box;
      context.drawImage(await createImageBitmap(layer.bitmap), x * scale, y * scale, w * scale, h * scale);
    }
  }
  return new Promise<Blob>((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error("The PNG could not be encoded."))),
      "image/png",
    ),
  );
}

export async function blobToBase64(blob: Blob): Promise<string> {
  return bytesToBase64(new Uint8Array(await blob.arrayBuffer()));
}
