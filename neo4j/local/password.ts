/**
 * The password of the local server's "neo4j" user: random, made on first start, kept in a file beside the data
 * (git-ignored, readable by its owner only) where the API and the loader find it.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export function passwordFile(home: string): string {
  return path.join(home, "password");
}

/**
 * The local Neo4j's folder (data, logs, password) readable by its owner only: 0700, so that nothing inside can
 * be read by other users whatever mode Neo4j gives its own files; the password file 0600.
 */
function makePrivate(home: string): void {
  fs.mkdirSync(home, { recursive: true, mode: 0o700 });
  fs.chmodSync(home, 0o700);
}

export function readOrCreatePassword(home: string): string {
  const file = passwordFile(home);
  makePrivate(home);
  if (fs.existsSync(file)) {
    fs.chmodSync(file, 0o600);
    const stored = fs.readFileSync(file, "utf8").trim();
    if (stored.length >= 8) return stored;
  }
  const password = randomBytes(24).toString("base64url");
  fs.writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return password;
}
