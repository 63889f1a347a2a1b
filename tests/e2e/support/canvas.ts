/**
 * Reads the canvas's state from the Cytoscape instance the app exposes (`window.__graphbrief_cy`), so that specs
 * check what is drawn without clicking at pixel positions.
 */
import type { Page } from "@playwright/test";
import type { Core } from "cytoscape";

declare global {
  interface Window {
    __graphbrief_cy?: Core;
  }
}

export interface CanvasState {
  nodes: string[];
  visibleNodes: string[];
  visibleEdges: Array<{ id: string; type: string; firstPublished: string | null }>;
  selected: string[];
  onPath: string[];
}

export function canvasState(page: Page): Promise<CanvasState> {
  return page.evaluate(() => {
    const cy = window.__graphbrief_cy;
    if (!cy) return { nodes: [], visibleNodes: [], visibleEdges: [], selected: [], onPath: [] };
    return {
      nodes: cy.nodes().map((node) => node.id()),
      visibleNodes: cy.nodes(":visible").map((node) => node.id()),
      visibleEdges: cy.edges(":visible").map((edge) => ({
        id: edge.id(),
        type: String(edge.data("type")),
        firstPublished: (edge.data("firstPublished") as string | null) ?? null,
      })),
      selected: cy.nodes(":selected").map((node) => node.id()),
      onPath: cy.nodes(".on-path").map((node) => node.id()),
    };
  });
}

/** Types an entity's name into a search box and chooses the suggestion with that name. */
export async function chooseEntity(page: Page, box: string, name: string): Promise<void> {
  await page.getByRole("combobox", { name: box }).fill(name);
  await page
    .getByRole("listbox", { name: `${box} suggestions` })
    .getByRole("option", { name: new RegExp(`^${name}\\b`) })
    .first()
    .click();
}
