import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig, PROJECT_ROOT } from "../../../config/env.ts";

describe("loadConfig", () => {
  it("defaults to the local Neo4j, 127.0.0.1 and port 8080", () => {
    const config = loadConfig({});
    expect(config.server).toEqual({
      host: "127.0.0.1",
      port: 8080,
      allowedHosts: [],
      maxBodyBytes: 1024 * 1024,
    });
    expect(config.neo4j).toMatchObject({
      kind: "local",
      boltPort: 7687,
      database: "neo4j",
      home: path.join(PROJECT_ROOT, ".data", "neo4j"),
    });
  });

  it("uses an external server, unchanged, when NEO4J_URI is set", () => {
    const config = loadConfig({
      NEO4J_URI: "neo4j+s://abc123.databases.neo4j.io",
      NEO4J_USER: "analyst",
      NEO4J_PASSWORD: "s3cret-pass",
      NEO4J_DATABASE: "briefings",
    });
    expect(config.neo4j).toEqual({
      kind: "external",
      uri: "neo4j+s://abc123.databases.neo4j.io",
      user: "analyst",
      password: "s3cret-pass",
      database: "briefings",
    });
  });

  it("asks for a password when NEO4J_URI is set without one", () => {
    expect(() => loadConfig({ NEO4J_URI: "bolt://db.example:7687" })).toThrow(/NEO4J_PASSWORD is required/);
  });

  it.each([
    [{ PORT: "eighty" }, /PORT/],
    [{ PORT: "70000" }, /PORT/],
    [{ NEO4J_URI: "http://localhost:7474", NEO4J_PASSWORD: "x" }, /NEO4J_URI must look like/],
    [{ NEO4J_DATABASE: "no spaces allowed" }, /NEO4J_DATABASE/],
    [{ GRAPHBRIEF_NEO4J_PORT: "-1" }, /GRAPHBRIEF_NEO4J_PORT/],
  ])("rejects %o with a message naming the variable", (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it("treats blank variables as unset", () => {
    expect(loadConfig({ NEO4J_URI: "  ", NEO4J_DATABASE: "" }).neo4j.kind).toBe("local");
  });

  it("reads the request body cap as bytes, KiB or MiB within bounds", () => {
    const cap = (value: string) => loadConfig({ GRAPHBRIEF_MAX_BODY: value }).server.maxBodyBytes;
    expect(cap("65536")).toBe(65_536);
    expect(cap("512k")).toBe(512 * 1024);
    expect(cap("4M")).toBe(4 * 1024 * 1024);
    expect(() => cap("lots")).toThrow(/GRAPHBRIEF_MAX_BODY must be a size such as 512k or 1m/);
    expect(() => cap("1k")).toThrow(/GRAPHBRIEF_MAX_BODY must be at least 64 KiB/);
    expect(() => cap("1024m")).toThrow(/GRAPHBRIEF_MAX_BODY must be at most 256 MiB/);
  });
});
