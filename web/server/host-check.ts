/**
 * Answers only requests addressed to a name this server is reached by: loopback names, the address it binds
 * to, and (when bound to every interface) this machine's name and addresses. Anything else gets 421 before any
 * route runs. This is what stops DNS rebinding: a page on another domain that resolves to 127.0.0.1 sends its
 * own domain as Host, so it is refused, and it can neither read the API nor pass the same-origin check.
 */
import os from "node:os";
import type { MiddlewareHandler } from "hono";

const LOOPBACK_NAMES = ["127.0.0.1", "localhost", "::1"];
const WILDCARD = new Set(["0.0.0.0", "::", ""]);

/** The host names (without port) the app accepts when bound to `bindHost`, plus any given explicitly. */
export function servedHostNames(bindHost: string, extra: readonly string[] = []): Set<string> {
  const names = new Set([...LOOPBACK_NAMES, ...extra.map((name) => name.toLowerCase())]);
  if (WILDCARD.has(bindHost)) {
    names.add(os.hostname().toLowerCase());
    for (const addresses of Object.values(os.networkInterfaces())) {
      for (const address of addresses ?? []) names.add(address.address.toLowerCase());
    }
  } else names.add(bindHost.toLowerCase());
  return names;
}

/** The name part of a Host header: `[::1]:8080` -> `::1`, `Example.org.:80` -> `example.org`. */
export function hostName(header: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(header);
  const name = bracketed ? (bracketed[1] ?? "") : header.replace(/:\d+$/, "");
  return name.toLowerCase().replace(/\.$/, "");
}

export function checkHost(names: ReadonlySet<string>): MiddlewareHandler {
  return async (c, next) => {
    const header = c.req.header("host") ?? new URL(c.req.url).host;
    if (names.has(hostName(header))) return await next();
    return c.json(
      {
        error: {
          code: "misdirected_request",
          message: `This server answers only requests addressed to ${[...names].join(", ")}; open graphbrief at http://127.0.0.1 (or set GRAPHBRIEF_ALLOWED_HOSTS to add the name you use).`,
        },
      },
      421,
    );
  };
}
