/**
 * The one font of the app and of every picture it makes: Inter, shipped with the app (@fontsource/inter and the
 * symbols subset in assets/fonts), so that labels, exports and their baselines look the same on any machine.
 */

/** The family every picture names; `sans-serif` only for characters no shipped face covers. */
export const PICTURE_FONT = "Inter, sans-serif";

/** The weights pictures draw with: regular text and bold headings. */
const WEIGHTS = [400, 700] as const;
/** Text that makes the browser load the Latin and the symbols faces of each weight. */
const SAMPLE = "Aa→▶";
const LOAD_TIMEOUT_MS = 5_000;

/**
 * Resolves once the shipped faces are loaded and no other font is loading (`document.fonts.ready`), so that the
 * canvas measures and draws its labels with Inter rather than a fallback. Never rejects: past the timeout the page
 * goes on with whatever it has.
 */
export async function loadPictureFonts(timeoutMs = LOAD_TIMEOUT_MS): Promise<void> {
  if (typeof document === "undefined" || !document.fonts) return;
  const loaded = Promise.all(
    WEIGHTS.map((weight) => document.fonts.load(`${weight} 16px Inter`, SAMPLE)),
  ).then(() => document.fonts.ready);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, timeoutMs);
  });
  await Promise.race([loaded.catch(() => undefined), timeout]);
  clearTimeout(timer);
}
