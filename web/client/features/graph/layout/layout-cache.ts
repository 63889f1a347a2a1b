/**
 * Finished large-graph layouts kept in the browser's local storage, keyed by a hash of the request (layout,
 * nodes with their sizes and fixed positions, links), so that opening the same large view again shows its final
 * layout at once instead of computing it again. Only the last few are kept; storage that is full or unavailable
 * just means no cache.
 */
import type { LayoutRequest, Positions } from "./compute-layout.ts";

const PREFIX = "graphbrief.layout.";
const KEEP = 4;
/** The cached layouts' keys, oldest first. */
const ORDER = `${PREFIX}order`;

export function cachedLayout(request: LayoutRequest): Positions | null {
  try {
    const text = storage()?.getItem(PREFIX + requestKey(request));
    return text ? (JSON.parse(text) as Positions) : null;
  } catch {
    return null;
  }
}

export function keepLayout(request: LayoutRequest, positions: Positions) {
  const store = storage();
  if (!store) return;
  const rounded: Positions = {};
  for (const [id, point] of Object.entries(positions))
    rounded[id] = { x: Math.round(point.x * 10) / 10, y: Math.round(point.y * 10) / 10 };
  try {
    const key = PREFIX + requestKey(request);
    makeRoom(store, key);
    store.setItem(key, JSON.stringify(rounded));
  } catch {
    // Full or forbidden: the layout is computed again next time.
  }
}

function storage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}

/** Notes `key` as the newest cached layout and removes the oldest beyond KEEP. */
function makeRoom(store: Storage, key: string) {
  const order = (JSON.parse(store.getItem(ORDER) ?? "[]") as string[]).filter((known) => known !== key);
  while (order.length >= KEEP) {
    const oldest = order.shift();
    if (oldest) store.removeItem(oldest);
  }
  order.push(key);
  store.setItem(ORDER, JSON.stringify(order));
}

/** FNV-1a (two 32-bit halves) of everything that decides the layout's result. */
export function requestKey(request: LayoutRequest): string {
  const nodes = [...request.nodes]
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((node) =>
      [
        node.id,
        node.width,
        node.height,
        node.fixed && node.position ? `${node.position.x},${node.position.y}` : "",
      ].join("|"),
    );
  const edges = request.edges.map((edge) => `${edge.source}>${edge.target}`).sort();
  const text = [request.layout, String(request.incremental), request.seed ?? "", ...nodes, ...edges].join(
    "\n",
  );
  let a = 2166136261;
  let b = 5381;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    a = Math.imul(a ^ code, 16777619);
    b = Math.imul(b, 33) ^ code;
  }
  return `${(a >>> 0).toString(36)}${(b >>> 0).toString(36)}`;
}
