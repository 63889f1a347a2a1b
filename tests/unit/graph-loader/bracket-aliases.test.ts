// "X (a.k.a. Y)": Y names X, in the brackets and wherever else the article writes it.

import { describe, expect, it } from "vitest";
import { extractText } from "./factories.ts";

describe("bracketed aliases", () => {
  it("makes an a.k.a. name an alias of the name before it, there and later", async () => {
    const { mentions, entities } = await extractText(
      "Peter Mwangi (a.k.a. Pete Kamau) ran the fleet. Police later questioned Pete Kamau in Quito.",
    );
    const people = entities.filter((e) => e.type === "Person");
    expect(people.map((e) => e.id)).toEqual(["person:peter-mwangi"]);
    expect(people[0]?.aliases).toContain("Pete Kamau");
    expect(mentions.filter((m) => m.text === "Pete Kamau").map((m) => m.entityId)).toEqual([
      "person:peter-mwangi",
      "person:peter-mwangi",
    ]);
  });

  it("leaves a bracketed aside that is no alias as a name of its own", async () => {
    const { entities } = await extractText("Peter Mwangi (Blue Heron Shipping Company) ran the fleet.");
    expect(entities.map((e) => e.id)).toContain("org:blue-heron-shipping-company");
  });
});
