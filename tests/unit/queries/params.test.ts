import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { ApiError } from "../../../web/server/http-error.ts";
import { adHocQueryParams, savedQueryParams } from "../../../web/server/queries/params.ts";
import type { QueryParamSpec } from "../../../web/shared/query-types.ts";

const SPECS: QueryParamSpec[] = [
  { name: "entity", type: "string" },
  { name: "depth", type: "int", min: 1, max: 3, default: 2 },
  { name: "score", type: "float", min: 0, max: 1, default: 0.5 },
  { name: "code", type: "string", min: 2, max: 4, default: "ab" },
];

function refusal(given: Record<string, unknown>): ApiError {
  try {
    savedQueryParams(SPECS, given);
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error("expected the parameters to be refused");
}

describe("savedQueryParams", () => {
  it("fills in defaults and sends whole-number parameters as Cypher integers", () => {
    const params = savedQueryParams(SPECS, { entity: "Harbin" });
    expect(params.entity).toBe("Harbin");
    expect(neo4j.isInt(params.depth)).toBe(true);
    expect(String(params.depth)).toBe("2");
    expect(params.score).toBe(0.5);
  });

  it.each([
    [{}, /entity/],
    [{ entity: "x", depth: 4 }, /depth/],
    [{ entity: "x", depth: 1.5 }, /depth/],
    [{ entity: "x", depth: "2" }, /depth/],
    [{ entity: "x", score: 2 }, /score/],
    [{ entity: "x", code: "toolong" }, /code/],
    [{ entity: 3 }, /entity/],
    [{ entity: "x", extra: 1 }, /extra/],
  ])("refuses %j with a 400 naming the parameter", (given, name) => {
    const error = refusal(given);
    expect(error.status).toBe(400);
    expect(error.code).toBe("invalid_params");
    expect(error.message).toMatch(name);
  });
});

describe("adHocQueryParams", () => {
  it("turns whole numbers into integers at any depth and keeps other values", () => {
    const params = adHocQueryParams({ n: 3, ratio: 0.25, names: ["a"], nested: { k: [1] } });
    expect(neo4j.isInt(params.n)).toBe(true);
    expect(params.ratio).toBe(0.25);
    expect(params.names).toEqual(["a"]);
    const nested = params.nested as { k: unknown[] };
    expect(neo4j.isInt(nested.k[0])).toBe(true);
  });

  it("refuses parameter names that are not identifiers and non-object bodies", () => {
    expect(() => adHocQueryParams({ "bad name": 1 })).toThrow(ApiError);
    expect(() => adHocQueryParams([1, 2])).toThrow(ApiError);
  });
});
