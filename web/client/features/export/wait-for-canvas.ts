/**
 * Waits until the canvas shows a finished layout: the canvas's `data-layout-state` reads "idle" where the canvas
 * sets it; otherwise the canvas has nodes and their positions stay the same over a few checks.
 */
import type { Core } from "cytoscape";

const CHECK_MS = 100;
const STABLE_CHECKS = 3;

export async function waitForSettledCanvas(cy: Core, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = "";
  let stable = 0;
  while (Date.now() < deadline) {
    const state = cy.container()?.getAttribute("data-layout-state");
    const positions = cy
      .nodes()
      .map((node) => `${node.id()}:${node.position("x")},${node.position("y")}`)
      .join(";");
    const still = positions === last && cy.nodes().nonempty();
    stable = still && (state === null || state === undefined || state === "idle") ? stable + 1 : 0;
    if (stable >= STABLE_CHECKS) return;
    last = positions;
    await new Promise((resolve) => setTimeout(resolve, CHECK_MS));
  }
  throw new Error(
    `The canvas did not settle within ${timeoutMs / 1000} s (no nodes, or the layout kept running).`,
  );
}
