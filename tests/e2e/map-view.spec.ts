import { expect, type Page, test } from "@playwright/test";
import type { EntityDetailsResponse, GraphResponse } from "../../web/shared/api-types.ts";

const PLACES = ["Pyongyang", "Dandong", "Harbin", "Vladivostok", "Khabarovsk", "Rason", "Nampo"];

interface ScreenPoint {
  x: number;
  y: number;
}

/** Web Mercator as any web map projects it, from the map's own centre and zoom: the test's independent check. */
async function projector(page: Page) {
  const view = await page.evaluate(() => {
    const map = window.__graphbrief_map?.drawing.map;
    if (!map) throw new Error("no map");
    // The container's corner on screen, and the map's own idea of its size (its centre is the middle of that).
    const box = map.getContainer().getBoundingClientRect();
    const size = map.getSize();
    const centre = map.getCenter();
    return {
      zoom: map.getZoom(),
      lat: centre.lat,
      lon: centre.lng,
      left: box.left,
      top: box.top,
      width: size.x,
      height: size.y,
    };
  });
  const world = (lat: number, lon: number) => {
    const size = 256 * 2 ** view.zoom;
    const phi = (lat * Math.PI) / 180;
    return {
      x: ((lon + 180) / 360) * size,
      y: (0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI)) * size,
    };
  };
  const centre = world(view.lat, view.lon);
  return (lat: number, lon: number): ScreenPoint => {
    const point = world(lat, lon);
    return {
      x: view.left + view.width / 2 + point.x - centre.x,
      y: view.top + view.height / 2 + point.y - centre.y,
    };
  };
}

/**
 * The marker of a place is where its coordinates project. The map may still move as the page settles (the
 * timeline appears, the container resizes): read the projection and the marker's position together until they
 * agree.
 */
async function expectAtItsPlace(page: Page, name: string) {
  const marker = page.getByRole("button", { name: `${name} (Place)`, exact: true });
  await expect(marker).toBeVisible();
  const place = await coordinatesOf(page, (await marker.getAttribute("data-entity")) ?? "");
  await expect
    .poll(
      async () => {
        const project = await projector(page);
        const box = await marker.boundingBox();
        if (!box) return Number.POSITIVE_INFINITY;
        const expected = project(place.lat, place.lon);
        return Math.hypot(box.x + box.width / 2 - expected.x, box.y + box.height / 2 - expected.y);
      },
      { message: `${name} where its coordinates project` },
    )
    .toBeLessThan(2.5);
}

/** Waits until the map has drawn the graph (on a busy machine the overview can take a while to arrive). */
async function waitForMapGraph(page: Page) {
  await expect(page.locator("[data-map-state='drawn']")).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => window.__graphbrief_map?.model.placed.length ?? 0), { timeout: 30_000 })
    .toBeGreaterThan(0);
}

async function coordinatesOf(page: Page, id: string) {
  const details = (await (
    await page.request.get(`/api/entities/${encodeURIComponent(id)}`)
  ).json()) as EntityDetailsResponse;
  return {
    lat: Number(details.entity.properties.lat),
    lon: Number(details.entity.properties.lon),
    name: details.entity.name,
  };
}

/** Start and end of a drawn leg on screen, read from its SVG path. */
function legEnds(page: Page, leg: string) {
  return page.evaluate((selector) => {
    const path = document.querySelector<SVGPathElement>(selector);
    const matrix = path?.getScreenCTM();
    if (!path || !matrix) throw new Error(`no path for leg ${selector}`);
    const at = (length: number) => {
      const point = path.getPointAtLength(length);
      return {
        x: matrix.a * point.x + matrix.c * point.y + matrix.e,
        y: matrix.b * point.x + matrix.d * point.y + matrix.f,
      };
    };
    return { start: at(0), end: at(path.getTotalLength()) };
  }, leg);
}

function expectNear(actual: ScreenPoint, expected: ScreenPoint, tolerance = 2.5) {
  expect(Math.abs(actual.x - expected.x), `x ${actual.x} vs ${expected.x}`).toBeLessThan(tolerance);
  expect(Math.abs(actual.y - expected.y), `y ${actual.y} vs ${expected.y}`).toBeLessThan(tolerance);
}

/** The way the sample articles tell workers go: Pyongyang to Dandong, then by Harbin into Russia. */
const WORKER_ROUTE = [
  ["place:pyongyang", "place:dandong"],
  ["place:dandong", "place:harbin"],
  ["place:harbin", "country:russia"],
] as const;

/** Those legs as the API holds them (ROUTE_LEG links, each from its own sentence). */
async function workerRouteLegs(page: Page) {
  const overview = (await (await page.request.get("/api/overview")).json()) as GraphResponse;
  return WORKER_ROUTE.map(([source, target]) => {
    const edge = overview.edges.find(
      (item) => item.type === "ROUTE_LEG" && item.source === source && item.target === target,
    );
    if (!edge) throw new Error(`the sample graph has no route leg ${source} → ${target}`);
    return edge;
  });
}

/** Where the map anchors an entity (a country at the centre of its outline), from the map's own model. */
function anchorOf(page: Page, id: string) {
  return page.evaluate((entity) => {
    const placed = window.__graphbrief_map?.model.placed.find((item) => item.id === entity);
    if (!placed) throw new Error(`${entity} is not on the map`);
    return placed.at;
  }, id);
}

test("map mode: places where they are, a route leg by leg with its evidence, the strip, and the URL", async ({
  page,
}) => {
  await page.goto("/");
  await page
    .getByRole("toolbar", { name: "Canvas" })
    .getByRole("button", { name: "Map", exact: true })
    .click();
  await expect(page).toHaveURL(/map=1/);
  await waitForMapGraph(page);

  for (const name of PLACES) await expectAtItsPlace(page, name);

  // Pyongyang → Dandong → Harbin → Russia: three legs told in two sentences of one article, drawn as one route.
  const legs = await workerRouteLegs(page);
  const routeName = "Pyongyang → Russia";
  const routes = page.getByRole("region", { name: "Routes" });
  await routes.getByRole("button", { name: /^Pyongyang → Russia\s*via Dandong, Harbin · 3 legs$/ }).click();
  await expect(page).toHaveURL(/route=/);
  const routeId = new URL(page.url()).searchParams.get("route") ?? "";
  await expect(page.locator(`path[data-route="${routeId}"]`)).toHaveCount(3);

  // The route is fitted: every leg drawn, numbered in order, each from its start place to its end place.
  const fitted = await projector(page);
  for (const [index, leg] of legs.entries()) {
    const from = await coordinatesOf(page, leg.source);
    const to = await coordinatesOf(page, leg.target);
    const number = page.getByRole("button", {
      name: `Leg ${index + 1} of ${routeName}: ${from.name} → ${to.name}`,
    });
    await expect(number).toBeVisible();
    const path = `path[data-route="${routeId}"][data-leg-number="${index + 1}"]`;
    await expect(page.locator(path)).toHaveAttribute(
      "data-leg",
      `${leg.properties.routeId}#${leg.properties.legIndex}`,
    );
    const ends = await legEnds(page, path);
    expectNear(ends.start, fitted(from.lat, from.lon));
    // A country is anchored at its outline's centre, not at the country's own coordinates.
    const end = leg.target.startsWith("country:") ? await anchorOf(page, leg.target) : to;
    expectNear(ends.end, fitted(end.lat, end.lon));
  }

  // Each leg opens its own evidence sentence.
  for (const [index, leg] of legs.entries()) {
    const source = (await (
      await page.request.get(`/api/entities/${encodeURIComponent(leg.source)}`)
    ).json()) as EntityDetailsResponse;
    const sentence = source.links.find((link) => link.key === leg.id)?.evidence[0]?.sentence ?? "";
    expect(sentence.length).toBeGreaterThan(0);
    const legName = `${(await coordinatesOf(page, leg.source)).name} → ${(await coordinatesOf(page, leg.target)).name}`;
    await page.getByRole("button", { name: `Leg ${index + 1} of ${routeName}: ${legName}` }).click();
    const evidence = page.getByRole("region", { name: `Evidence for ${legName}` });
    await expect(evidence.locator("blockquote").first()).toHaveText(sentence);
    await expect(evidence).toContainText(`leg ${index + 1} of ${routeName}`);
  }

  // Entities without coordinates wait in the strip, selectable, with the same details panel.
  const strip = page.getByRole("region", { name: "Not on the map" });
  await strip.getByRole("button", { name: /^Kim Jong Un/ }).click();
  await expect(page.getByRole("article", { name: "Details of Kim Jong Un" })).toBeVisible();
  await expect(page).toHaveURL(/sel=person%3Akim-jong-un/);

  // A reload (or a shared link) gives the same map and route.
  await page.reload();
  await waitForMapGraph(page);
  await expect(
    page.getByRole("region", { name: "Routes" }).getByRole("button", { pressed: true }),
  ).toHaveText(new RegExp(`^${routeName}`));
  await expect(
    page.getByRole("button", {
      name: `Leg 3 of ${routeName}: Harbin → Russia`,
    }),
  ).toBeVisible();

  // Panning moves the places with the map.
  const before = await page.getByRole("button", { name: "Dandong (Place)", exact: true }).boundingBox();
  const map = page.getByRole("region", { name: "Map", exact: true });
  const area = await map.boundingBox();
  if (!before || !area) throw new Error("no boxes");
  await page.mouse.move(area.x + area.width / 2, area.y + area.height / 2);
  await page.mouse.down();
  await page.mouse.move(area.x + area.width / 2 + 120, area.y + area.height / 2 + 40, { steps: 8 });
  await page.mouse.up();
  await expect
    .poll(
      async () =>
        (await page.getByRole("button", { name: "Dandong (Place)", exact: true }).boundingBox())?.x ?? 0,
    )
    .toBeGreaterThan(before.x + 100);
  await expectAtItsPlace(page, "Dandong");

  // A pan further than the margin drawn around the view redraws: the places in the new view are at theirs, and
  // so are all of them after panning back.
  const panBy = (x: number, y: number) =>
    page.evaluate(
      ([dx, dy]) => {
        const map = window.__graphbrief_map?.drawing.map;
        map?.panBy([dx * map.getSize().x, dy * map.getSize().y], { animate: false });
      },
      [x, y] as const,
    );
  await panBy(0.7, 0.3);
  const project = await projector(page);
  const inView = [];
  for (const name of PLACES) {
    const id = await page
      .getByRole("button", { name: `${name} (Place)`, exact: true })
      .getAttribute("data-entity");
    const place = await coordinatesOf(page, id ?? "");
    const at = project(place.lat, place.lon);
    if (at.x > area.x && at.x < area.x + area.width && at.y > area.y && at.y < area.y + area.height)
      inView.push(name);
  }
  expect(inView.length).toBeGreaterThan(0);
  for (const name of inView) await expectAtItsPlace(page, name);
  await panBy(-0.7, -0.3);
  for (const name of PLACES) await expectAtItsPlace(page, name);
});
