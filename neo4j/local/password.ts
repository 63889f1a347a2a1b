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

export function readOrCreatePassword(home: string): string {
  const file = passwordFile(home);
  if (fs.existsSync(file)) {
    const stored = fs.readFileSync(file, "utf8").trim();
    if (stored.length >= 8) return stored;
  }
  fs.mkdirSync(home, { recursive: true });
  const password = randomBytes(24).toString("base64url");
  fs.writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return password;
}
