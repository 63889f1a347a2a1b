import { describe, expect, it } from "vitest";
import { hostPolicy, originAddress, parseHostAddress } from "../../../web/server/host-check.ts";

describe("host addresses", () => {
  it("splits Host headers and allow-list entries into name and port", () => {
    expect(parseHostAddress("127.0.0.1:8080")).toEqual({ name: "127.0.0.1", port: 8080 });
    expect(parseHostAddress("[::1]:8080")).toEqual({ name: "::1", port: 8080 });
    expect(parseHostAddress("::1")).toEqual({ name: "::1", port: undefined });
    expect(parseHostAddress("Graphbrief.LAN.")).toEqual({ name: "graphbrief.lan", port: undefined });
  });

  it("reads an Origin with the scheme's default port, and nothing from null or other schemes", () => {
    expect(originAddress("http://localhost:8080")).toEqual({ name: "localhost", port: 8080 });
    expect(originAddress("https://graphbrief.lan")).toEqual({ name: "graphbrief.lan", port: 443 });
    expect(originAddress("http://[::1]:9")).toEqual({ name: "::1", port: 9 });
    expect(originAddress("null")).toBeUndefined();
    expect(originAddress("file:///etc/passwd")).toBeUndefined();
  });
});

describe("host policy", () => {
  const policy = hostPolicy("127.0.0.1", ["graphbrief.lan", "proxy.lan:8443"]);
  const at = (text: string) => parseHostAddress(text);

  it("accepts loopback names at the port the request came in on, and no other port", () => {
    for (const host of ["127.0.0.1:8080", "localhost:8080", "[::1]:8080"]) {
      expect(policy.accepts(at(host), 8080), host).toBe(true);
    }
    expect(policy.accepts(at("127.0.0.1:9999"), 8080)).toBe(false);
    expect(policy.accepts(at("localhost"), 8080)).toBe(false);
    expect(policy.accepts(at("localhost"), 80)).toBe(true);
  });

  it("accepts allow-listed names at any port, and name:port entries at that port only", () => {
    expect(policy.accepts(at("graphbrief.lan"), 8080)).toBe(true);
    expect(policy.accepts(at("graphbrief.lan:3000"), 8080)).toBe(true);
    expect(policy.accepts(at("proxy.lan:8443"), 8080)).toBe(true);
    expect(policy.accepts(at("proxy.lan"), 8080)).toBe(false);
    expect(policy.accepts(at("proxy.lan:8444"), 8080)).toBe(false);
  });

  it("refuses rebinding names, including ones that start with a served address", () => {
    for (const host of ["rebind.example:8080", "127.0.0.1.rebind.example:8080", "localhost.:8081"]) {
      expect(policy.accepts(at(host), 8080), host).toBe(false);
    }
  });

  it("names the accepted addresses", () => {
    expect(policy.describe(8080)).toBe(
      "127.0.0.1:8080, localhost:8080, [::1]:8080, graphbrief.lan, proxy.lan:8443",
    );
  });
});
