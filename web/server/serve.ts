/**
 * The one HTTP server of graphbrief: the API under /api and the built client (web/client -> dist/client) on the
 * same port, bound to 127.0.0.1 unless HOST says otherwise.
 */
import fs from "node:fs";
import path from "node:path";
import { serve } from "@hono/node-server";
import { serveStatic } from "@hono/node-server/serve-static";
import { Hono } from "hono";
import { secureHeaders } from "hono/secure-headers";
import { createApi } from "./app.ts";
import type { AppDeps } from "./deps.ts";
import { errorResponse } from "./error-response.ts";
import { checkHost, hostPolicy } from "./host-check.ts";

export interface ServeOptions {
  host: string;
  /** Hosts (`name` or `name:port`) accepted besides the loopback names and `host` (GRAPHBRIEF_ALLOWED_HOSTS). */
  allowedHosts?: readonly string[];
  port: number;
  /** The largest request body the API reads (GRAPHBRIEF_MAX_BODY). */
  maxBodyBytes?: number;
  /** The built client; omitted in development, where Vite serves it. */
  clientDir?: string;
  log?: (line: string) => void;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export function createServerApp(
  deps: AppDeps,
  options: Pick<ServeOptions, "clientDir" | "log" | "allowedHosts" | "maxBodyBytes"> & { host?: string },
) {
  const log = options.log ?? console.error;
  const hosts = hostPolicy(options.host ?? "127.0.0.1", options.allowedHosts);
  const onServerError = (error: unknown) => log(`API error: ${describeError(error)}`);
  const app = new Hono();
  app.onError((error, c) => errorResponse(error, c, onServerError));
  app.use(checkHost(hosts));
  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", "data:", "blob:"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
      },
    }),
  );
  app.route(
    "/api",
    createApi(deps, {
      onServerError,
      hosts,
      ...(options.maxBodyBytes ? { maxBodyBytes: options.maxBodyBytes } : {}),
    }),
  );
  if (options.clientDir) mountClient(app, options.clientDir);
  return app;
}

function mountClient(app: Hono, clientDir: string) {
  const root = path.relative(process.cwd(), clientDir) || ".";
  const indexHtml = fs.readFileSync(path.join(clientDir, "index.html"), "utf8");
  app.use("/*", serveStatic({ root }));
  // Client-side routes (a shared link to a view) all load the same page.
  app.get("*", (c) => c.html(indexHtml));
}

export function startServer(deps: AppDeps, options: ServeOptions): Promise<RunningServer> {
  const app = createServerApp(deps, options);
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: options.host, port: options.port }, (info) => {
      const host = info.family === "IPv6" ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}/`,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            if ("closeAllConnections" in server) server.closeAllConnections();
          }),
      });
    });
    server.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        error.code === "EADDRINUSE"
          ? new Error(`Port ${options.port} on ${options.host} is already in use; set PORT to another port.`)
          : error,
      ),
    );
  });
}

function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  return `${error.name}${code ? ` ${String(code)}` : ""}: ${error.message}`;
}
