/**
 * `npm run snapshot`: a briefing picture (PNG or SVG) of a saved query's view or of a shared permalink, rendered
 * headlessly through the app's own explorer and export code, so that a weekly briefing can be made by a script.
 */
import fs from "node:fs";
import path from "node:path";
import { type AppConfig, loadConfig } from "../config/env.ts";
import { parseSnapshotArgs, type SnapshotArgs } from "./lib/snapshot/args.ts";
import { SnapshotError } from "./lib/snapshot/errors.ts";
import { startLocalApp } from "./lib/snapshot/local-app.ts";
import { renderView } from "./lib/snapshot/render.ts";
import { checkSavedQuery } from "./lib/snapshot/saved-query.ts";

const log = (line: string) => console.error(line);

async function snapshot(args: SnapshotArgs) {
  const frame = {
    format: args.format,
    scale: args.scale,
    width: args.width,
    height: args.height,
    ...(args.subtitle ? { subtitle: args.subtitle } : {}),
    ...(args.date ? { date: args.date } : {}),
  };
  if (args.source.kind === "url") {
    const url = args.layout ? withLayout(args.source.url, args.layout) : args.source.url;
    return renderView({ url, options: { ...frame, ...(args.title ? { title: args.title } : {}) } });
  }
  const config = loadConfig();
  const app = await startLocalApp(config, log);
  try {
    const { name, params } = args.source;
    const query = await checkSavedQuery(app.url, name, params, args.layout);
    return await renderView({
      url: query.viewUrl,
      nodeCount: query.nodeCount,
      // The permalink names the app where `npm start` serves it, not this command's passing server.
      options: { ...frame, title: args.title ?? query.title, origin: appOrigin(config) },
    });
  } finally {
    await app.stop();
  }
}

function appOrigin(config: AppConfig): string {
  const host = config.server.host.includes(":") ? `[${config.server.host}]` : config.server.host;
  return `http://${host}:${config.server.port}`;
}

function withLayout(url: string, layout: string): string {
  const parsed = new URL(url);
  if (layout === "map") parsed.searchParams.set("map", "1");
  else parsed.searchParams.set("layout", layout);
  return parsed.toString();
}

function write(args: SnapshotArgs, result: Awaited<ReturnType<typeof snapshot>>): void {
  const data = args.format === "svg" ? result.svg : result.pngBase64;
  if (!data) throw new SnapshotError("The app returned no picture.");
  fs.mkdirSync(path.dirname(args.out), { recursive: true });
  fs.writeFileSync(args.out, args.format === "svg" ? data : Buffer.from(data, "base64"));
}

try {
  const args = parseSnapshotArgs(process.argv.slice(2));
  const result = await snapshot(args);
  write(args, result);
  const { svg: _svg, pngBase64: _png, ...summary } = result;
  if (args.json) console.log(JSON.stringify({ out: args.out, ...summary }));
  else {
    const pixels = `${Math.round(result.width * result.scale)}×${Math.round(result.height * result.scale)} px`;
    console.log(
      `Wrote ${args.out} (${pixels}): ${result.nodes.length} nodes, ${result.edges.length} links, ${result.articles.length} sources.`,
    );
  }
  process.exit(0);
} catch (error) {
  const exitCode = error instanceof SnapshotError ? error.exitCode : 1;
  console.error(`snapshot: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(exitCode);
}
