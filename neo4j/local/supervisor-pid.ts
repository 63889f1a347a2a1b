/**
 * Which process supervises the local Neo4j of a data folder: its pid in a file beside the data (0600) for as long
 * as it supervises. Another graphbrief process (a second `npm start`, `npm run load`) that finds the port silent
 * while that process lives knows the database is being restarted, and waits for it rather than starting a second
 * Neo4j on the same data and port.
 */
import fs from "node:fs";
import path from "node:path";

function pidFile(home: string): string {
  return path.join(home, "supervisor.pid");
}

/** Records this process as the supervisor; the returned function removes the record (if it is still ours). */
export function claimSupervision(home: string): () => void {
  fs.mkdirSync(home, { recursive: true, mode: 0o700 });
  fs.writeFileSync(pidFile(home), `${process.pid}\n`, { mode: 0o600 });
  return () => {
    if (readPid(home) === process.pid) fs.rmSync(pidFile(home), { force: true });
  };
}

/** The pid of another live process that supervises this folder's Neo4j, if there is one. */
export function liveSupervisor(home: string): number | undefined {
  const pid = readPid(home);
  if (pid === undefined || pid === process.pid) return undefined;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (error) {
    // EPERM: the process lives but belongs to someone else; ESRCH: a record left by a process that died.
    return (error as NodeJS.ErrnoException).code === "EPERM" ? pid : undefined;
  }
}

function readPid(home: string): number | undefined {
  try {
    const pid = Number.parseInt(fs.readFileSync(pidFile(home), "utf8"), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}
