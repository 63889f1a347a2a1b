/**
 * Renders a view of the app headlessly in Chromium through the app's own export code (`window.__graphbrief_export`),
 * after the canvas has drawn the expected nodes and its layout has settled.
 */
import fs from "node:fs";
import { type Browser, chromium, type Page } from "@playwright/test";
import type {
  ExportHookOptions,
  ExportHookResult,
} from "../../../web/client/features/export/use-export-hook.ts";
import type {} from "../../../web/client/features/map/components/map-view.tsx";
import { SnapshotError } from "./errors.ts";

const SYSTEM_CHROMIUM = "/usr/bin/chromium";
const VIEWPORT = { width: 1600, height: 1000 };

export interface RenderRequest {
  url: string;
  /** Nodes the canvas must draw before the picture is taken; undefined: any number above zero. */
  nodeCount?: number;
  options: ExportHookOptions;
  timeoutMs?: number;
}

export async function renderView(request: RenderRequest): Promise<ExportHookResult> {
  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: VIEWPORT, deviceScaleFactor: 1 });
    const problems = collectPageErrors(page);
    await page.goto(request.url, { waitUntil: "load" });
    await waitForNodes(page, request, problems);
    const result = await page.evaluate((options) => {
      if (!window.__graphbrief_export) throw new Error("This page has no graphbrief export hook.");
      return window.__graphbrief_export(options);
    }, request.options);
    return result;
  } catch (error) {
    if (error instanceof SnapshotError) throw error;
    throw new SnapshotError(
      `Rendering ${request.url} failed: ${error instanceof Error ? error.message : String(error)}`,
      1,
      {
        cause: error,
      },
    );
  } finally {
    await browser.close();
  }
}

async function launch(): Promise<Browser> {
  return chromium.launch({
    ...(fs.existsSync(SYSTEM_CHROMIUM) ? { executablePath: SYSTEM_CHROMIUM } : {}),
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
  });
}

function collectPageErrors(page: Page): string[] {
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(message.text());
  });
  return problems;
}

async function waitForNodes(page: Page, request: RenderRequest, problems: string[]): Promise<void> {
  const timeout = request.timeoutMs ?? 60_000;
  try {
    await page.waitForFunction(
      (count) => {
        const alert = document.querySelector("[role='alert']")?.textContent;
        if (alert) return `alert:${alert}`;
        // The graph canvas's nodes, or in map mode the entities on the map and in its strip.
        const model = window.__graphbrief_map?.model;
        const nodes =
          window.__graphbrief_cy?.nodes().length ?? (model ? model.placed.length + model.unplaced.length : 0);
        return count === null ? nodes > 0 : nodes >= count;
      },
      request.nodeCount ?? null,
      { timeout },
    );
  } catch {
    const seen = problems.length > 0 ? ` The page reported: ${problems.join(" | ")}` : "";
    throw new SnapshotError(`The view at ${request.url} drew no graph within ${timeout / 1000} s.${seen}`, 5);
  }
  const alert = await page
    .locator("[role='alert']")
    .first()
    .textContent({ timeout: 100 })
    .catch(() => null);
  if (alert) throw new SnapshotError(`The app shows an error for ${request.url}: ${alert}`, 5);
}
