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
    // The page's own errors come back as values: thrown, they would arrive with the page's (minified) stack.
    const outcome = await page.evaluate(async (options) => {
      if (!window.__graphbrief_export)
        return { failure: { name: "Error", message: "This page has no graphbrief export hook." } };
      try {
        return { result: await window.__graphbrief_export(options) };
      } catch (error) {
        return {
          failure:
            error instanceof Error
              ? { name: error.name, message: error.message }
              : { name: "Error", message: String(error) },
        };
      }
    }, request.options);
    if (outcome.failure || !outcome.result) throw pictureError(outcome.failure ?? NO_RESULT);
    return outcome.result;
  } catch (error) {
    if (error instanceof SnapshotError) throw error;
    throw new SnapshotError(`Rendering ${request.url} failed: ${firstLine(error)}`, 1, { cause: error });
  } finally {
    await browser.close();
  }
}

const NO_RESULT = { name: "Error", message: "The page returned no picture." };

/** Errors the person running the command can fix with other options (size, scale, date, the legend). */
const OPTION_ERRORS = new Set(["BriefingOptionsError", "FrameTooSmallError"]);

export function pictureError(failure: { name: string; message: string }): SnapshotError {
  const message = firstLine(failure.message);
  return OPTION_ERRORS.has(failure.name)
    ? new SnapshotError(message, 2)
    : new SnapshotError(`The picture could not be made: ${message}`, 1);
}

/** The message of an error without Playwright's call prefix and without any stack. */
export function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return (text.split("\n")[0] ?? "").replace(/^[a-zA-Z.]+: (?=[A-Z])/, "").trim();
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
