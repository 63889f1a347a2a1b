/** A tiny local HTTP server serving a CSV and counting requests, to prove LOAD CSV never fetched it. */
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface HitCounter {
  url: string;
  hits(): number;
  close(): Promise<void>;
}

export async function startHitCounter(): Promise<HitCounter> {
  let hits = 0;
  const server = http.createServer((_request, response) => {
    hits++;
    response.writeHead(200, { "Content-Type": "text/csv" });
    response.end("id,name\ninjected,Injected\n");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/people.csv`,
    hits: () => hits,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
