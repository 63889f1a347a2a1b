/**
 * A Chromium whose fontconfig sees a single serif font and no other (the system's rendering rules stay, so glyphs
 * are rasterized as usual). A picture that draws the same there as in the ordinary browser takes nothing from the
 * machine's fonts: any text in a font it does not carry itself would come out in that serif.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, BrowserType, LaunchOptions } from "@playwright/test";

/** One of these is on every Debian with Chromium: fontconfig-config depends on one of their packages. */
const SERIF_FONTS = [
  "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
  "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
  "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
  "/usr/share/fonts/truetype/croscore/Tinos-Regular.ttf",
  "/usr/share/fonts/truetype/ttf-bitstream-vera/VeraSe.ttf",
  "/usr/share/fonts/opentype/freefont/FreeSerif.otf",
  "/usr/share/fonts/truetype/freefont/FreeSerif.ttf",
  "/usr/share/fonts/opentype/urw-base35/NimbusRoman-Regular.otf",
  "/usr/share/fonts/opentype/texgyre/texgyretermes-regular.otf",
];

export async function launchWithOneSerifFont(
  browserType: BrowserType,
  launchOptions: LaunchOptions,
): Promise<Browser> {
  const serif = SERIF_FONTS.find((file) => fs.existsSync(file));
  if (!serif) throw new Error(`None of these fonts is installed: ${SERIF_FONTS.join(", ")}`);
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "graphbrief-one-font-"));
  fs.mkdirSync(path.join(folder, "fonts"));
  fs.copyFileSync(serif, path.join(folder, "fonts", path.basename(serif)));
  const config = path.join(folder, "fonts.conf");
  fs.writeFileSync(
    config,
    [
      '<?xml version="1.0"?>',
      '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
      "<fontconfig>",
      `  <dir>${path.join(folder, "fonts")}</dir>`,
      `  <cachedir>${path.join(folder, "cache")}</cachedir>`,
      '  <include ignore_missing="yes">/etc/fonts/conf.d</include>',
      "</fontconfig>",
    ].join("\n"),
  );
  const browser = await browserType.launch({
    ...launchOptions,
    env: { ...process.env, FONTCONFIG_FILE: config },
  });
  browser.on("disconnected", () => fs.rmSync(folder, { recursive: true, force: true }));
  return browser;
}
