/**
 * `npm run dev`: the API (and the database) as in `npm start`, plus Vite's dev server with hot reload on PORT,
 * proxying /api to the API on PORT + 1.
 */
import { createServer } from "vite";
import { loadConfig } from "../config/env.ts";
import { runApp, stopOnSignals } from "./lib/run-app.ts";

const log = (line: string) => console.error(line);
const config = loadConfig();
const apiPort = config.server.port + 1;

try {
  // Vite's proxy keeps the page's Host and Origin (its own port), so the API accepts that address too.
  const devAddresses = [`${config.server.host}:${config.server.port}`, `localhost:${config.server.port}`];
  const allowedHosts = [...(config.server.allowedHosts ?? []), ...devAddresses];
  const api = await runApp(
    { ...config, server: { ...config.server, port: apiPort, allowedHosts } },
    { serveClient: false, log },
  );
  process.env.GRAPHBRIEF_API_URL = api.url.replace(/\/$/, "");
  const vite = await createServer({
    configFile: new URL("../vite.config.ts", import.meta.url).pathname,
    server: { host: config.server.host, port: config.server.port, strictPort: true },
  });
  await vite.listen();
  const stopBoth = async () => {
    await vite.close();
    await api.stop();
  };
  stopOnSignals({ ...api, stop: stopBoth }, log);
  console.log(`graphbrief (dev) is running at http://${config.server.host}:${config.server.port}/`);
} catch (error) {
  console.error(`graphbrief could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
