/**
 * PNG from layers drawn one over another into a canvas `scale` times the frame's size: SVG layers (the frame, the
 * callouts) as images, and bitmaps (the graph as the canvas draws it) into their box.
 */
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
    if ("svg" in layer) context.drawImage(await svgImage(layer.svg), 0, 0, canvas.width, canvas.height);
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

async function svgImage(svg: string): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode().catch(() => {
      throw new Error("The browser could not draw the briefing frame.");
    });
    return image;
  } finally {
    URL.revokeObjectURL(url);
  }
}

export async function blobToBase64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = "";
  for (let start = 0; start < bytes.length; start += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  }
  return btoa(binary);
}
