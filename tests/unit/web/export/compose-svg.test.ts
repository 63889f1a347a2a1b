/**
 * The composed briefing SVG: well-formed XML whatever the text, hostile names and titles as escaped text (never
 * markup), the parts asked for and only those, and a clear error when the frame leaves no room for the graph.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import {
  type BriefingFrame,
  composeBriefingSvg,
  FrameTooSmallError,
  type GraphPicture,
  graphPlacement,
} from "../../../../web/client/features/export/compose-svg.ts";
import { visibleLegend } from "../../../../web/client/features/export/frame-model.ts";
import { createArticle, createEdge, createNode } from "./factories.ts";

const HOSTILE = `<script>alert("x")</script><img src=x onerror='alert(1)'> & "quotes" 'too'`;

/** A stand-in for cytoscape-svg's output: its own <svg> element around the drawing. */
const GRAPH: GraphPicture = {
  svg: `<svg version="1.1" xmlns="http://www.w3.org/2000/svg" width="400" height="200"><defs/><g><text x="10" y="10">Dandong</text></g></svg>`,
  width: 400,
  height: 200,
};

function frame(overrides: Partial<BriefingFrame> = {}): BriefingFrame {
  return { width: 1200, height: 800, background: "white", callouts: [], ...overrides };
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", textNodeName: "#text" });

/** Every text node of the document, in order. */
function texts(svg: string): string[] {
  const found: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === "string" || typeof value === "number") found.push(String(value));
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === "object") {
      for (const [key, child] of Object.entries(value)) if (!key.startsWith("@")) walk(child);
    }
  };
  walk(parser.parse(svg));
  return found;
}

/** The names of all elements in a parsed document. */
function elementNames(value: unknown, names = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) elementNames(item, names);
  else if (value && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      if (key.startsWith("@") || key === "#text") continue;
      names.add(key);
      elementNames(child, names);
    }
  }
  return names;
}

describe("composeBriefingSvg", () => {
  it("keeps hostile titles, notes, sources and legend labels as escaped text", () => {
    const svg = composeBriefingSvg(
      GRAPH,
      frame({
        title: HOSTILE,
        subtitle: HOSTILE,
        sources: [createArticle({ id: `a"1`, title: HOSTILE, source: "<b>Outlet</b>" })],
        legend: visibleLegend([createNode({ type: "<svg onload=alert(1)>" })], []),
        stamp: "Data as of 2026-11-23",
        permalink: `http://127.0.0.1:8080/?q=worker-routes&qp.country=<Russia>`,
        callouts: [{ text: HOSTILE, x: 100, y: 100 }],
      }),
    );
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).not.toMatch(/<script|<img|<b>|<svg onload/i);
    expect(svg).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(svg).toContain("&amp; &quot;quotes&quot; &apos;too&apos;");
    expect(svg).toContain(`data-article-id="a&quot;1"`);
    // Parsed back, the hostile strings are text, whole, and no element of theirs exists.
    const all = texts(svg);
    expect(all).toContain(HOSTILE);
    expect(all.some((line) => line.startsWith("<b>Outlet</b> — "))).toBe(true);
    expect(all).toContain("<svg onload=alert(1)>");
    expect(
      [...elementNames(parser.parse(svg))].filter((name) => ["script", "img", "b"].includes(name)),
    ).toEqual([]);
  });

  it("embeds the graph drawing, fitted into the frame, and draws the parts asked for", () => {
    const svg = composeBriefingSvg(
      GRAPH,
      frame({
        title: "Route Pyongyang → Russia",
        subtitle: "country: Russia",
        legend: visibleLegend([createNode()], [createEdge()]),
        sources: [createArticle(), createArticle({ id: "a2", title: "Second" })],
        stamp: "Data as of 2026-11-23",
        permalink: "http://127.0.0.1:8080/?q=worker-routes",
      }),
    );
    const root = parser.parse(svg).svg;
    expect(root["@width"]).toBe("1200");
    expect(root["@height"]).toBe("800");
    const all = texts(svg);
    for (const expected of [
      "Route Pyongyang → Russia",
      "country: Russia",
      "Dandong",
      "Place",
      "route leg",
      "Sources",
      "Data as of 2026-11-23",
    ]) {
      expect(all).toContain(expected);
    }
    expect(all).toContain("Daily NK — Workers cross at Dandong (2024-08-21)");
    expect(svg.match(/data-article-id=/g)).toHaveLength(2);
    expect(svg).toContain('viewBox="0 0 400 200"');
    expect(svg).toContain('<rect width="100%" height="100%" fill="#ffffff"/>');
  });

  it("leaves out what is not asked for, and the background when transparent", () => {
    const svg = composeBriefingSvg(GRAPH, frame({ background: "transparent" }));
    expect(svg).not.toMatch(
      /frame-legend|frame-sources|frame-stamp|frame-permalink|frame-title|fill="#ffffff"/,
    );
    expect(XMLValidator.validate(svg)).toBe(true);
  });

  it("draws each note as a callout with its text", () => {
    const svg = composeBriefingSvg(
      GRAPH,
      frame({ callouts: [{ text: "Crossing point since 2023", x: 200, y: 100 }] }),
    );
    expect(svg.match(/class="frame-callout"/g)).toHaveLength(1);
    expect(texts(svg)).toContain("Crossing point since 2023");
  });

  it("splits into a frame layer and a callout layer around an empty graph slot, for drawing the PNG", () => {
    const full = frame({
      title: "Layers",
      stamp: "Data as of 2026-11-23",
      callouts: [{ text: "A note", x: 10, y: 10 }],
    });
    const under = composeBriefingSvg(GRAPH, full, "frame");
    const over = composeBriefingSvg(GRAPH, full, "callouts");
    expect(texts(under)).toEqual(expect.arrayContaining(["Layers", "Data as of 2026-11-23"]));
    expect(under).not.toMatch(/frame-callout|Dandong/);
    expect(over).toContain('class="frame-callout"');
    expect(over).not.toMatch(/frame-stamp|fill="#ffffff"|Dandong/);
    expect(graphPlacement(GRAPH, full)).toMatchObject({ scale: expect.any(Number) });
    expect(graphPlacement(GRAPH, full).width / graphPlacement(GRAPH, full).height).toBeCloseTo(2, 5);
  });

  it("says so when the sources leave no room for the graph", () => {
    const sources = Array.from({ length: 40 }, (_, index) => createArticle({ id: `a${index}` }));
    expect(() => composeBriefingSvg(GRAPH, frame({ height: 400, sources }))).toThrow(FrameTooSmallError);
  });

  it("refuses a drawing that is not an SVG document", () => {
    expect(() => composeBriefingSvg({ ...GRAPH, svg: "<png/>" }, frame())).toThrow(/not an SVG/);
  });
});
