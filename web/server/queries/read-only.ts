/**
 * Proves that a query cannot write before it runs. The query is planned with EXPLAIN (nothing executes) and
 * refused unless the server calls it read-only (query type "r") and its plan holds no operator that writes,
 * loads data or calls a procedure outside a short allow-list.
 *
 * Why each check: LOAD CSV is a *read* clause to Neo4j, yet it fetches any URL the server can reach, so the
 * query type alone would let it through; procedures can write (db.createLabel) or change the server (dbms.*);
 * FOREACH and CALL … IN TRANSACTIONS carry writes inside them. Community edition has no roles or privileges to
 * fall back on: every session logs in as the one admin user, so these checks, plus READ-mode transactions, are
 * the whole protection.
 */
import type { Plan, ResultSummary } from "neo4j-driver";
import neo4j from "neo4j-driver";
import { ApiError } from "../http-error.ts";
import { beginUserTransaction, newUserRun, type UserTransactionTarget } from "./user-transaction.ts";

/** Read-only procedures the editor and saved queries may call. */
export const READ_PROCEDURES: ReadonlySet<string> = new Set([
  "db.labels",
  "db.relationshipTypes",
  "db.propertyKeys",
  "db.schema.visualization",
  "db.schema.nodeTypeProperties",
  "db.schema.relTypeProperties",
  "db.index.fulltext.queryNodes",
  "db.index.fulltext.queryRelationships",
  "dbms.components",
]);

/** Plan operators (without the "@neo4j" suffix) that write, load or change schema, by prefix. */
const REFUSED_OPERATORS =
  /^(Create|Merge|LockingMerge|Delete|DetachDelete|Set|Remove|Foreach|LoadCSV|Transaction|Drop|Administration|System|Terminate|Alter|Rename|Grant|Deny|Revoke|Start|Stop|Enable)/;

/**
 * SHOW commands that describe only the graph's schema. Every other SHOW (TRANSACTIONS, SETTINGS, PROCEDURES,
 * FUNCTIONS, …) is a read to Neo4j but shows other analysts' live queries and parameters or the server's paths.
 */
const SCHEMA_SHOW_OPERATORS: ReadonlySet<string> = new Set(["ShowIndexes", "ShowConstraints"]);

export type ExplainTarget = UserTransactionTarget;

/** The prefix put before the query; errors' positions are shifted back by it. */
export const EXPLAIN_PREFIX = "EXPLAIN\n";

export async function assertReadOnly(target: ExplainTarget, cypher: string, params: Record<string, unknown>) {
  const session = target.driver.session({ database: target.database, defaultAccessMode: neo4j.session.READ });
  try {
    // An explicit transaction: never retried by the driver.
    const tx = await beginUserTransaction(session, target, newUserRun());
    let summary: ResultSummary;
    try {
      summary = (await tx.run(EXPLAIN_PREFIX + cypher, params)).summary;
    } finally {
      await tx.rollback();
    }
    const problem = planProblem(summary.queryType, summary.plan || undefined);
    if (problem)
      throw new ApiError(403, "query_refused", `Refused: ${problem}. Only read-only queries can run here.`);
  } finally {
    await session.close();
  }
}

/** Why a planned query may not run, or undefined when it is read-only. */
export function planProblem(queryType: string, plan: Plan | undefined): string | undefined {
  if (queryType !== "r") return `the query ${QUERY_TYPES[queryType] ?? `is of type "${queryType}"`}`;
  if (!plan) return "Neo4j returned no plan to check";
  for (const operator of operators(plan)) {
    const name = operator.operatorType.replace(/@.*$/, "");
    if (name === "LoadCSV") return "LOAD CSV fetches files and URLs from the server";
    if (REFUSED_OPERATORS.test(name)) return `the plan contains a ${name} operation`;
    if (name.startsWith("Show") && !SCHEMA_SHOW_OPERATORS.has(name)) {
      return `${name.replace(/^Show/, "SHOW ").toUpperCase()} shows other sessions or the server's configuration; only SHOW INDEXES and SHOW CONSTRAINTS are allowed`;
    }
    if (name === "ProcedureCall" || name.endsWith("ProcedureCall")) {
      const procedure = procedureName(operator);
      if (!procedure || !READ_PROCEDURES.has(procedure)) {
        return `procedure ${procedure ?? "(unknown)"} is not on the list of read-only procedures (${[...READ_PROCEDURES].join(", ")})`;
      }
    }
  }
  return undefined;
}

const QUERY_TYPES: Record<string, string> = {
  rw: "reads and writes",
  w: "writes",
  s: "changes the schema (indexes, constraints) or is an administration command",
};

function* operators(plan: Plan): Generator<Plan> {
  yield plan;
  for (const child of plan.children) yield* operators(child);
}

function procedureName(operator: Plan): string | undefined {
  const details = operator.arguments.Details;
  const match = typeof details === "string" ? /^\s*([A-Za-z_][\w.]*)\s*\(/.exec(details) : null;
  return match?.[1];
}
