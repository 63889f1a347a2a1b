/**
 * The Java processes running a local Neo4j on a given data folder, found by the environment the launcher got
 * (GRAPHBRIEF_NEO4J_HOME), so that a test can kill, freeze or count exactly those.
 */
import fs from "node:fs";

export function neo4jPids(home: string): number[] {
  const pids: number[] = [];
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const environ = fs.readFileSync(`/proc/${entry}/environ`, "utf8").split("\0");
      if (environ.includes(`GRAPHBRIEF_NEO4J_HOME=${home}`)) pids.push(Number(entry));
    } catch {
      // A process that ended meanwhile, or one of another user.
    }
  }
  return pids;
}

export function neo4jPid(home: string): number | undefined {
  return neo4jPids(home)[0];
}
