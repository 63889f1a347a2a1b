/**
 * cytoscape-layout-utilities is a UMD bundle that reads the global `window` while it loads; a Web Worker and
 * Node have none. Imported for its side effect, just before that package, and only where `window` is missing.
 */
const scope = globalThis as { window?: unknown };
scope.window ??= globalThis;
