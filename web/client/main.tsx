import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "@fontsource/inter/400.css";
import "@fontsource/inter/500.css";
import "@fontsource/inter/600.css";
import "@fontsource/inter/700.css";
import "./assets/fonts/inter-symbols.css";
import { App } from "./app/app.tsx";
import "./app/app.css";
import { loadPictureFonts } from "./lib/fonts/picture-font.ts";

const root = document.getElementById("root");
if (!root) throw new Error("graphbrief: #root is missing from index.html");
// The canvas measures its labels when it first draws them: with the shipped font, not a fallback.
await loadPictureFonts();
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
