import type { Plan } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { planProblem } from "../../../web/server/queries/read-only.ts";

function plan(operatorType: string, details = "", children: Plan[] = []): Plan {
  return { operatorType, identifiers: [], arguments: { Details: details }, children } as unknown as Plan;
}

const read = (inner: Plan) => plan("ProduceResults@neo4j", "n", [inner]);

describe("planProblem", () => {
  it("accepts a read-only plan and allow-listed procedures", () => {
    expect(planProblem("r", read(plan("AllNodesScan@neo4j", "n")))).toBeUndefined();
    expect(
      planProblem("r", read(plan("ProcedureCall@neo4j", "db.labels() :: (label :: STRING)"))),
    ).toBeUndefined();
  });

  it.each([
    ["rw", /reads and writes/],
    ["w", /writes/],
    ["s", /schema/],
  ])("refuses query type %s", (type, reason) => {
    expect(planProblem(type, read(plan("AllNodesScan@neo4j")))).toMatch(reason);
  });

  it.each([
    ["LoadCSV@neo4j", "row", /LOAD CSV/],
    ["Create@neo4j", "(n)", /Create/],
    ["SetProperty@neo4j", "n.x = 1", /SetProperty/],
    ["Foreach@neo4j", "i IN [1]", /Foreach/],
    ["TransactionForeach@neo4j", "", /TransactionForeach/],
    ["ProcedureCall@neo4j", "db.createLabel($x) :: ()", /db\.createLabel is not on the list/],
    ["ProcedureCall@neo4j", "dbms.setConfigValue($a, $b) :: ()", /dbms\.setConfigValue/],
    ["ProcedureCall@neo4j", "", /\(unknown\)/],
  ])("refuses a nested %s operator even in a read query", (operator, details, reason) => {
    const nested = read(plan("Apply@neo4j", "", [plan("Argument@neo4j"), plan(operator, details)]));
    expect(planProblem("r", nested)).toMatch(reason);
  });
});
