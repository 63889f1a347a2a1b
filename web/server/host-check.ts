/**
 * The addresses this server answers to, and the check of every request against them. Served names are the
 * loopback names, the address it binds to and (when bound to every interface) this machine's name and
 * addresses, each at the port the request came in on; GRAPHBRIEF_ALLOWED_HOSTS adds names (any port) or
 * name:port pairs, e.g. for a reverse proxy or the development server. Anything else gets 421 before any route
 * runs. This is what stops DNS rebinding: a page on another domain that resolves to 127.0.0.1 sends its own
 * domain as Host, so it is refused; and a POST's Origin must be one of these addresses too, never merely equal
 * to the request's own Host.
 */
import os from "node:os";
import type { Context, MiddlewareHandler } from "hono";
import { ApiError } from "./http-error.ts";

const LOOPBACK_NAMES = ["127.0.0.1", "localhost", "::1"];
const WILDCARD = new Set(["0.0.0.0", "::", ""]);
const DEFAULT_PORTS: Record<string, number> = { "http:": 80, "https:": 443 };

export interface HostAddress {
  name: string;
  /** Undefined when the port is not part of the address (a Host header without one). */
  port: number | undefined;
}

export interface HostPolicy {
  /** Whether `address` is one this server answers to, for a request that arrived on `servedPort`. */
  accepts(address: HostAddress, servedPort: number): boolean;
  /** The accepted addresses, for messages. */
  describe(servedPort: number): string;
}

/** The policy of a server bound to `bindHost`, plus `extra` entries (`name` or `name:port`). */
export function hostPolicy(bindHost: string, extra: readonly string[] = []): HostPolicy {
  const served = servedHostNames(bindHost);
  const allowed = extra.map((entry) => parseHostAddress(entry));
  return {
    accepts(address, servedPort) {
      if (served.has(address.name) && (address.port ?? 80) === servedPort) return true;
      return allowed.some(
        (entry) => entry.name === address.name && (entry.port === undefined || entry.port === address.port),
      );
    },
    describe(servedPort) {
      const names = [...served].map((name) => formatAddress({ name, port: servedPort }));
      return [...names, ...allowed.map(formatAddress)].join(", ");
    },
  };
}

/** The host names (without port) a server bound to `bindHost` is reached by. */
export function servedHostNames(bindHost: string): Set<string> {
  const names = new Set(LOOPBACK_NAMES);
  if (WILDCARD.has(bindHost)) {
    names.add(os.hostname().toLowerCase());
    for (const addresses of Object.values(os.networkInterfaces())) {
      for (const address of addresses ?? []) names.add(address.address.toLowerCase());
    }
  } else names.add(parseHostAddress(bindHost).name);
  return names;
}

/** A Host header or allow-list entry: `[::1]:8080` -> ::1 and 8080, `Example.org.` -> example.org. */
export function parseHostAddress(text: string): HostAddress {
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(text);
  const plain = /^([^:]*)(?::(\d+))?$/.exec(text);
  // A bare IPv6 address (several colons, no brackets) is a name without port.
  const [name, port] = bracketed ? [bracketed[1], bracketed[2]] : plain ? [plain[1], plain[2]] : [text];
  return {
    name: (name ?? "").toLowerCase().replace(/\.$/, ""),
    port: port === undefined ? undefined : Number(port),
  };
}

/** The address of an Origin header, with the scheme's default port; undefined for `null` or a non-web origin. */
export function originAddress(origin: string): HostAddress | undefined {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return undefined;
  }
  const defaultPort = DEFAULT_PORTS[url.protocol];
  if (defaultPort === undefined) return undefined;
  const name = url.hostname.replace(/^\[(.*)\]$/, "$1");
  return { name: name.toLowerCase().replace(/\.$/, ""), port: url.port ? Number(url.port) : defaultPort };
}

/**
 * The port the request came in on: the socket's own port under the Node server (whatever Host claims), else
 * the port of the request's URL (requests made in-process, as in tests).
 */
export function servedPort(c: Context): number {
  const socketPort = (c.env as { incoming?: { socket?: { localPort?: number } } } | undefined)?.incoming
    ?.socket?.localPort;
  if (typeof socketPort === "number") return socketPort;
  const url = new URL(c.req.url);
  return url.port ? Number(url.port) : (DEFAULT_PORTS[url.protocol] ?? 80);
}

export function checkHost(policy: HostPolicy): MiddlewareHandler {
  return async (c, next) => {
    const header = c.req.header("host") ?? new URL(c.req.url).host;
    const port = servedPort(c);
    if (policy.accepts(parseHostAddress(header), port)) return await next();
    throw new ApiError(
      421,
      "misdirected_request",
      `This server answers only requests addressed to ${policy.describe(port)}, not "${header.slice(0, 100)}"; open graphbrief at one of those (or add the name you use to GRAPHBRIEF_ALLOWED_HOSTS).`,
    );
  };
}

function formatAddress({ name, port }: HostAddress): string {
  const host = name.includes(":") ? `[${name}]` : name;
  return port === undefined ? host : `${host}:${port}`;
}
