/**
 * An SVG document as an image to draw on a canvas, with the fonts written inside it ready. Chromium loads those
 * fonts only once the image first needs them, after `decode()` has resolved, so a first picture would come out
 * without some of its text. Each face not yet seen is therefore first drawn in a small probe image until its
 * sample glyph shows; the browser keeps the decoded fonts for the images after it.
 */
import { type EmbeddableFace, facesFor, rulesOf, textCodePoints } from "./embed-fonts.ts";

const PROBE_ATTEMPTS = 40;
const PROBE_WAIT_MS = 50;
const LINE = 28;
const ready = new Set<string>();

export async function loadSvgImage(svg: string): Promise<HTMLImageElement> {
  await facesReady(facesFor(textCodePoints(svg)).filter((face) => !ready.has(key(face))));
  return decoded(svg);
}

async function facesReady(faces: EmbeddableFace[]): Promise<void> {
  if (faces.length === 0) return;
  const probe = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="80" height="${faces.length * LINE}" font-family="Inter">`,
    `<defs><style>${await rulesOf(faces)}</style></defs>`,
    ...faces.map(
      (face, index) =>
        `<text x="4" y="${index * LINE + 22}" font-size="20" font-weight="${face.weight}">${face.sample.repeat(3)}</text>`,
    ),
    "</svg>",
  ].join("");
  for (let attempt = 0; attempt < PROBE_ATTEMPTS; attempt++) {
    const inked = inkedLines(await decoded(probe), faces.length);
    if (inked.every(Boolean)) {
      for (const face of faces) ready.add(key(face));
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, PROBE_WAIT_MS));
  }
  // Past that the picture is drawn with what the browser has rather than not at all.
}

/** Which lines of the probe show any ink. */
function inkedLines(image: HTMLImageElement, lines: number): boolean[] {
  const canvas = document.createElement("canvas");
  canvas.width = 80;
  canvas.height = lines * LINE;
  const context = canvas.getContext("2d", { willReadFrequently: true });
  if (!context) return Array.from({ length: lines }, () => true);
  context.drawImage(image, 0, 0);
  return Array.from({ length: lines }, (_, index) => {
    const pixels = context.getImageData(0, index * LINE, 80, LINE).data;
    for (let alpha = 3; alpha < pixels.length; alpha += 4) if ((pixels[alpha] ?? 0) > 0) return true;
    return false;
  });
}

async function decoded(svg: string): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode().catch(() => {
      throw new Error("The browser could not draw the picture.");
    });
    return image;
  } finally {
    URL.revokeObjectURL(url);
  }
}

function key(face: EmbeddableFace): string {
  return `${face.url}@${face.weight}`;
}
