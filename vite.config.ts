/**
 * Vite builds the React client from web/client into dist/client. In `npm run dev` its dev server proxies /api
 * to the API server, whose address scripts/dev.ts passes in GRAPHBRIEF_API_URL.
 */
import path from "node:path";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const root = path.resolve(import.meta.dirname, "web/client");

export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: path.resolve(import.meta.dirname, "dist/client"),
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
    // Fonts stay files: the page's CSP allows fonts and fetches from 'self' only, not as data: URIs.
    assetsInlineLimit: (file) => (/\.woff2?$/.test(file) ? false : undefined),
  },
  server: {
    host: "127.0.0.1",
    proxy: { "/api": process.env.GRAPHBRIEF_API_URL ?? "http://127.0.0.1:8081" },
  },
});
