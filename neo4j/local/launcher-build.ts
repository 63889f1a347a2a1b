/**
 * Builds the Java launcher (neo4j/launcher) with Maven when its classes are missing or older than its sources.
 * Checks for Java and Maven first, so that a missing tool is named rather than failing deep inside a build.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../../config/env.ts";
import { LocalNeo4jError } from "./errors.ts";

export const LAUNCHER_DIR = path.join(PROJECT_ROOT, "neo4j", "launcher");
const MAIN_CLASS_FILE = path.join(LAUNCHER_DIR, "target/classes/dev/graphbrief/neo4j/LocalNeo4j.class");
const LIB_DIR = path.join(LAUNCHER_DIR, "target/lib");
export const LAUNCHER_CLASSPATH = [path.join(LAUNCHER_DIR, "target/classes"), path.join(LIB_DIR, "*")].join(
  path.delimiter,
);
export const LAUNCHER_MAIN = "dev.graphbrief.neo4j.LocalNeo4j";

export function ensureJava(): void {
  const result = spawnSync("java", ["-version"], { encoding: "utf8" });
  if (result.error || result.status !== 0) {
    throw new LocalNeo4jError(
      "Java was not found. The local Neo4j needs Java 17 or 21 (Debian: apt-get install openjdk-17-jre-headless), " +
        "or set NEO4J_URI to use a Neo4j server elsewhere.",
    );
  }
  const major = /version "(\d+)/.exec(result.stderr)?.[1];
  if (major !== "17" && major !== "21") {
    throw new LocalNeo4jError(
      `Neo4j 5.26 runs on Java 17 or 21, but 'java' is version ${major ?? "unknown"}.`,
    );
  }
}

function launcherIsBuilt(): boolean {
  if (!fs.existsSync(MAIN_CLASS_FILE) || !fs.existsSync(LIB_DIR)) return false;
  const builtAt = fs.statSync(MAIN_CLASS_FILE).mtimeMs;
  return newestSourceTime() <= builtAt;
}

function newestSourceTime(): number {
  const sources = [path.join(LAUNCHER_DIR, "pom.xml"), ...javaFiles(path.join(LAUNCHER_DIR, "src"))];
  return Math.max(...sources.map((file) => fs.statSync(file).mtimeMs));
}

function javaFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".java"))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Runs `mvn package` when needed; on failure, Maven's error lines are logged before the error is thrown. */
export function ensureLauncherBuilt(log: (line: string) => void): void {
  if (launcherIsBuilt()) return;
  const mvn = spawnSync("mvn", ["-v"], { encoding: "utf8" });
  if (mvn.error || mvn.status !== 0) {
    throw new LocalNeo4jError(
      "Maven was not found. It builds the local Neo4j launcher once (Debian: apt-get install maven), " +
        "or set NEO4J_URI to use a Neo4j server elsewhere.",
    );
  }
  log("Building the local Neo4j launcher with Maven (first run downloads Neo4j 5.26 from Maven Central)…");
  const build = spawnSync(
    "mvn",
    ["-q", "-B", "--no-transfer-progress", "-Dstyle.color=never", "package", "-DskipTests"],
    {
      cwd: LAUNCHER_DIR,
      stdio: ["ignore", "inherit", "inherit"],
    },
  );
  if (build.status !== 0) {
    throw new LocalNeo4jError(
      `The Maven build of neo4j/launcher failed (exit ${build.status}); its output is above. ` +
        "Check that Maven Central can be reached, then run `npm start` again.",
    );
  }
}
