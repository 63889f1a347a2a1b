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
    const path = document.querySelector<SVGPathElement>(`path[data-leg="${selector}"]`);
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

/** The longest route from Pyongyang in the graph, from the API (the view draws what the API holds). */
async function pyongyangRoute(page: Page) {
  const overview = (await (await page.request.get("/api/overview")).json()) as GraphResponse;
  const names = new Map(overview.nodes.map((node) => [node.id, node.name]));
  const routes = new Map<string, GraphResponse["edges"]>();
  for (const edge of overview.edges) {
    const routeId = edge.properties.routeId;
    if (edge.type === "ROUTE_LEG" && typeof routeId === "string")
      routes.set(routeId, [...(routes.get(routeId) ?? []), edge]);
  }
  const fromPyongyang = [...routes.entries()]
    .map(([id, legs]) => ({
      id,
      legs: legs.sort((a, b) => Number(a.properties.legIndex) - Number(b.properties.legIndex)),
    }))
    .filter((route) => route.legs[0]?.source === "place:pyongyang")
    .sort((a, b) => b.legs.length - a.legs.length || (a.id < b.id ? -1 : 1));
  const route = fromPyongyang[0];
  if (!route) throw new Error("the sample graph has no route from Pyongyang");
  return { ...route, nameOf: (id: string) => names.get(id) ?? id };
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
  await expect(page.locator("[data-map-state='drawn']")).toBeVisible();

  // The map may still move as the page settles (the timeline appears, the container resizes): read the
  // projection and the marker's position together until they agree.
  for (const name of PLACES) {
    const marker = page.getByRole("button", { name: `${name} (Place)`, exact: true });
    await expect(marker).toBeVisible();
    const id = await marker.getAttribute("data-entity");
    const place = await coordinatesOf(page, id ?? "");
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

  const route = await pyongyangRoute(page);
  expect(route.legs.length).toBeGreaterThanOrEqual(2);
  const last = route.legs[route.legs.length - 1];
  const routeName = `Pyongyang → ${route.nameOf(last?.target ?? "")}`;
  const via = route.legs
    .slice(1)
    .map((leg) => route.nameOf(leg.source))
    .join(", ");
  const routes = page.getByRole("region", { name: "Routes" });
  await routes
    .getByRole("button", { name: new RegExp(`^${routeName}\\s*via ${via} · ${route.legs.length} legs`) })
    .click();
  await expect(page).toHaveURL(
    new RegExp(`route=${encodeURIComponent(route.id).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`),
  );

  // The route is fitted: every leg drawn, numbered in order, each from its start place to its end place.
  const fitted = await projector(page);
  for (const [index, leg] of route.legs.entries()) {
    const from = await coordinatesOf(page, leg.source);
    const to = await coordinatesOf(page, leg.target);
    const number = page.getByRole("button", {
      name: `Leg ${index + 1} of ${routeName}: ${from.name} → ${to.name}`,
    });
    await expect(number).toBeVisible();
    const ends = await legEnds(page, `${route.id}#${leg.properties.legIndex}`);
    expectNear(ends.start, fitted(from.lat, from.lon));
    // Country legs end at the outline's centre, not at the country's own coordinates: check places only.
    if (leg.target.startsWith("place:")) expectNear(ends.end, fitted(to.lat, to.lon));
  }

  // Each leg opens its evidence sentence.
  const second = route.legs[1];
  if (!second) throw new Error("no second leg");
  const source = (await (
    await page.request.get(`/api/entities/${encodeURIComponent(second.source)}`)
  ).json()) as EntityDetailsResponse;
  const sentence = source.links.find((link) => link.key === second.id)?.evidence[0]?.sentence ?? "";
  expect(sentence.length).toBeGreaterThan(0);
  const secondName = `${route.nameOf(second.source)} → ${route.nameOf(second.target)}`;
  await page.getByRole("button", { name: `Leg 2 of ${routeName}: ${secondName}` }).click();
  const evidence = page.getByRole("region", { name: `Evidence for ${secondName}` });
  await expect(evidence.locator("blockquote").first()).toHaveText(sentence);

  // Entities without coordinates wait in the strip, selectable, with the same details panel.
  const strip = page.getByRole("region", { name: "Not on the map" });
  await strip.getByRole("button", { name: /^Kim Jong Un/ }).click();
  await expect(page.getByRole("article", { name: "Details of Kim Jong Un" })).toBeVisible();
  await expect(page).toHaveURL(/sel=person%3Akim-jong-un/);

  // A reload (or a shared link) gives the same map and route.
  await page.reload();
  await expect(page.locator("[data-map-state='drawn']")).toBeVisible();
  await expect(
    page.getByRole("region", { name: "Routes" }).getByRole("button", { pressed: true }),
  ).toHaveText(new RegExp(`^${routeName}`));
  await expect(
    page.getByRole("button", {
      name: `Leg 1 of ${routeName}: Pyongyang → ${route.nameOf(route.legs[0]?.target ?? "")}`,
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
});
