/**
 * The one place that reads graphbrief's environment. Every entry point (start, dev, loader, tests) calls
 * `loadConfig()` and gets validated, typed settings, or a `ConfigError` that names the variable to fix.
 */
import path from "node:path";
import { z } from "zod";

export const PROJECT_ROOT = path.resolve(import.meta.dirname, "..");

const port = (fallback: number) => z.coerce.number().int().min(1).max(65535).default(fallback);
const SIZE_UNITS: Record<string, number> = { "": 1, k: 1024, m: 1024 * 1024 };
/** A size in bytes, written as bytes or with k / m (KiB, MiB): `65536`, `512k`, `1m`. */
const size = (fallback: string, min: number, max: number) =>
  z
    .string()
    .trim()
    .default(fallback)
    .pipe(z.string().regex(/^\d+[km]?$/i, "must be a size such as 512k or 1m"))
    .transform(
      (text) => Number.parseInt(text, 10) * (SIZE_UNITS[text.replace(/^\d+/, "").toLowerCase()] ?? 1),
    )
    .pipe(
      z
        .number()
        .min(min, `must be at least ${min / 1024} KiB`)
        .max(max, `must be at most ${max / 1024 / 1024} MiB`),
    );

const optionalText = z
  .string()
  .optional()
  .transform((value) => (value?.trim() ? value.trim() : undefined));

const envSchema = z.object({
  NEO4J_URI: optionalText.pipe(
    z
      .string()
      .regex(
        /^(neo4j|bolt)(\+s|\+ssc)?:\/\/\S+$/,
        "must look like neo4j://host, neo4j+s://host or bolt://host:7687",
      )
      .optional(),
  ),
  NEO4J_USER: optionalText,
  NEO4J_PASSWORD: optionalText,
  NEO4J_DATABASE: optionalText.pipe(
    z
      .string()
      .regex(/^[A-Za-z][A-Za-z0-9.-]{2,62}$/, "must be a Neo4j database name")
      .optional(),
  ),
  PORT: port(8080),
  HOST: z.string().trim().min(1).default("127.0.0.1"),
  GRAPHBRIEF_ALLOWED_HOSTS: z
    .string()
    .optional()
    .transform((value) =>
      (value ?? "")
        .split(",")
        .map((name) => name.trim())
        .filter((name) => name.length > 0),
    ),
  GRAPHBRIEF_MAX_BODY: size("1m", 64 * 1024, 256 * 1024 * 1024),
  GRAPHBRIEF_DATA_DIR: optionalText,
  GRAPHBRIEF_NEO4J_PORT: port(7687),
  GRAPHBRIEF_NEO4J_HEAP: z
    .string()
    .regex(/^\d+[mg]$/i, "must be a size such as 512m or 1g")
    .default("1g"),
});

/** Where the Neo4j that graphbrief talks to comes from. */
export type Neo4jTarget =
  | { kind: "external"; uri: string; user: string; password: string; database: string }
  | { kind: "local"; boltPort: number; home: string; heap: string; database: string };

export interface AppConfig {
  neo4j: Neo4jTarget;
  server: { host: string; port: number; allowedHosts?: string[]; maxBodyBytes?: number };
  dataDir: string;
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`);
    throw new ConfigError(`Invalid configuration: ${problems.join("; ")}`);
  }
  const vars = parsed.data;
  const dataDir = path.resolve(PROJECT_ROOT, vars.GRAPHBRIEF_DATA_DIR ?? ".data");
  const database = vars.NEO4J_DATABASE ?? "neo4j";
  return {
    neo4j: vars.NEO4J_URI
      ? externalTarget(vars.NEO4J_URI, vars.NEO4J_USER, vars.NEO4J_PASSWORD, database)
      : {
          kind: "local",
          boltPort: vars.GRAPHBRIEF_NEO4J_PORT,
          home: path.join(dataDir, "neo4j"),
          heap: vars.GRAPHBRIEF_NEO4J_HEAP,
          database,
        },
    server: {
      host: vars.HOST,
      port: vars.PORT,
      allowedHosts: vars.GRAPHBRIEF_ALLOWED_HOSTS,
      maxBodyBytes: vars.GRAPHBRIEF_MAX_BODY,
    },
    dataDir,
  };
}

function externalTarget(
  uri: string,
  user: string | undefined,
  password: string | undefined,
  database: string,
): Neo4jTarget {
  if (!password) {
    throw new ConfigError("NEO4J_PASSWORD is required when NEO4J_URI is set");
  }
  return { kind: "external", uri, user: user ?? "neo4j", password, database };
}
