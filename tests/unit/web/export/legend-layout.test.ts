/**
 * The legend's layout: one column while it fits, more columns while the graph keeps half the width, and past
 * that a last row counting what it leaves out, so that a legend never refuses a picture.
 */
import { describe, expect, it } from "vitest";
import type { Legend, LegendEntry } from "../../../../web/client/features/export/frame-model.ts";
import {
  LEGEND_COLUMN_WIDTH,
  maxLegendColumns,
  planLegend,
} from "../../../../web/client/features/export/legend-layout.ts";

function entries(count: number, prefix: string): LegendEntry[] {
  return Array.from({ length: count }, (_, index) => ({
    type: `${prefix}${index}`,
    label: `${prefix} ${index}`,
    colour: "#123456",
    shape: "ellipse",
  }));
}

function legend(entities: number, relations: number): Legend {
  return { entities: entries(entities, "Type"), relations: entries(relations, "LINK") };
}

describe("planLegend", () => {
  it("keeps a short legend in one column, headings first", () => {
    const plan = planLegend(legend(2, 1), 500, 3);
    expect(plan.columns).toBe(1);
    expect(plan.width).toBe(LEGEND_COLUMN_WIDTH);
    expect(plan.rows.map((row) => row.kind)).toEqual(["heading", "entity", "entity", "heading", "relation"]);
    expect(plan.omitted).toBe(0);
  });

  it("flows a long legend into a second column, every row inside the height", () => {
    const plan = planLegend(legend(9, 20), 500, 2);
    expect(plan.columns).toBe(2);
    expect(plan.omitted).toBe(0);
    expect(plan.rows.filter((row) => row.kind === "entity" || row.kind === "relation")).toHaveLength(29);
    expect(Math.max(...plan.rows.map((row) => row.y))).toBeLessThanOrEqual(500);
    expect(new Set(plan.rows.map((row) => row.x)).size).toBe(2);
  });

  it("never ends a column with a heading", () => {
    for (let height = 60; height < 300; height += 7) {
      const plan = planLegend(legend(3, 5), height, 4);
      plan.rows.forEach((row, index) => {
        const next = plan.rows[index + 1];
        if (row.kind === "heading") expect(next?.x).toBe(row.x);
      });
    }
  });

  it("says how many types it leaves out when even all columns are full", () => {
    const plan = planLegend(legend(9, 40), 300, 1);
    const shown = plan.rows.filter((row) => row.kind === "entity" || row.kind === "relation").length;
    expect(plan.omitted).toBe(49 - shown);
    expect(plan.omitted).toBeGreaterThan(0);
    const last = plan.rows.at(-1);
    expect(last).toMatchObject({ kind: "more", text: `and ${plan.omitted} more types` });
    expect(Math.max(...plan.rows.map((row) => row.y))).toBeLessThanOrEqual(300);
  });
});

describe("maxLegendColumns", () => {
  it("leaves the graph at least half the inner width", () => {
    expect(maxLegendColumns(1152)).toBe(2);
    expect(maxLegendColumns(1552)).toBe(3);
    expect(maxLegendColumns(300)).toBe(1);
  });
});
