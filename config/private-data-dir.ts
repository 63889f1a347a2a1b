/**
 * The data folder (GRAPHBRIEF_DATA_DIR, `.data/` by default) readable by its owner only: the folder 0700, and the
 * folders and files graphbrief itself writes there (saved queries and their backups, benchmark figures) 0700 and
 * 0600, including those an older version left readable by others. The local Neo4j's own folder is made private
 * where its password is kept (neo4j/local/password.ts).
 */
import fs from "node:fs";
import path from "node:path";

/** Subfolders written by graphbrief (not by Neo4j), tightened with everything in them. */
const OWN_FOLDERS = ["queries", "bench"];

export function makeDataDirPrivate(dataDir: string): void {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  fs.chmodSync(dataDir, 0o700);
  for (const folder of OWN_FOLDERS) tighten(path.join(dataDir, folder));
}

function tighten(target: string): void {
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(target);
  } catch {
    return;
  }
  if (stat.isSymbolicLink()) return;
  if (stat.isDirectory()) {
    fs.chmodSync(target, 0o700);
    for (const entry of fs.readdirSync(target)) tighten(path.join(target, entry));
  } else if (stat.isFile()) {
    fs.chmodSync(target, 0o600);
  }
}
