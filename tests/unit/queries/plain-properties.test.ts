import { int } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { plainProperties } from "../../../web/server/neo4j/graph-mapping.ts";

describe("plainProperties", () => {
  it("turns driver values into JSON values and keeps a property named __proto__ as a property", () => {
    const properties = JSON.parse('{"__proto__": {"polluted": true}, "name": "Dandong"}') as Record<
      string,
      unknown
    >;
    properties.count = int(3);
    properties.big = int("9007199254740993");
    properties.ratio = Number.NaN;
    properties.aliases = ["Andong", int(2)];
    const plain = plainProperties(properties);
    expect(Object.getPrototypeOf(plain)).toBe(Object.prototype);
    expect(Object.keys(plain)).toEqual(["__proto__", "name", "count", "big", "ratio", "aliases"]);
    expect(JSON.parse(JSON.stringify(plain))).toEqual(
      JSON.parse(
        '{"__proto__": {"polluted": true}, "name": "Dandong", "count": 3, "big": {"$integer": "9007199254740993"}, "ratio": {"$float": "NaN"}, "aliases": ["Andong", 2]}',
      ),
    );
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });
});
