import { describe, expect, it } from "vitest";
import { buildRoutes, type RouteLegInput } from "../../../web/client/features/map/routes.ts";

const nameOf = (id: string) => id.replace(/^\w+:/, "");

function leg(routeId: string, legIndex: number, source: string, target: string): RouteLegInput {
  return { id: `${routeId}/${legIndex}`, routeId, legIndex, source, target };
}

const stops = (routes: ReturnType<typeof buildRoutes>["routes"]) =>
  routes.map((route) => route.stops.map(nameOf).join(" > "));

describe("map routes", () => {
  it("orders a route's legs by their index and names it from its ends", () => {
    const { routes, refined } = buildRoutes(
      [
        leg("a:s1:r0", 1, "place:dandong", "country:russia"),
        leg("a:s1:r0", 0, "place:pyongyang", "place:dandong"),
      ],
      nameOf,
    );
    expect(stops(routes)).toEqual(["pyongyang > dandong > russia"]);
    expect(routes[0]?.name).toBe("pyongyang → russia");
    expect(refined).toEqual([]);
  });

  it("tells a route with every stop its article gives, when a later sentence fills in one of its legs", () => {
    const coarse = leg("a:s21:r0", 1, "place:dandong", "country:russia");
    const { routes, refined } = buildRoutes(
      [
        leg("a:s21:r0", 0, "place:pyongyang", "place:dandong"),
        coarse,
        leg("a:s14:r0", 0, "place:dandong", "place:harbin"),
        leg("a:s14:r0", 1, "place:harbin", "country:russia"),
        leg("a:s9:r0", 0, "place:dandong", "country:russia"),
      ],
      nameOf,
    );
    expect(stops(routes)).toEqual(["pyongyang > dandong > harbin > russia", "dandong > russia"]);
    expect(routes[0]?.id).toBe("a:s21:r0");
    expect(routes[0]?.legs.map((item) => item.routeId)).toEqual(["a:s21:r0", "a:s14:r0", "a:s14:r0"]);
    expect(refined).toEqual([coarse]);
  });

  it("does not join pieces told in different articles", () => {
    const { routes, refined } = buildRoutes(
      [
        leg("a:s1:r0", 0, "place:pyongyang", "country:russia"),
        leg("b:s1:r0", 0, "place:pyongyang", "place:dandong"),
        leg("b:s1:r0", 1, "place:dandong", "country:russia"),
      ],
      nameOf,
    );
    expect(stops(routes)).toEqual(["pyongyang > dandong > russia", "pyongyang > russia"]);
    expect(refined).toEqual([]);
  });
});
