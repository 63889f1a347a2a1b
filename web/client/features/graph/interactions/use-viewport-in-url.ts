/**
 * Zoom and pan in the URL, so that a reload or a shared link shows the picture at the sender's zoom and place.
 * The viewport a page opens with is held against the canvas's own fitting (a picture arriving in parts is fitted
 * after each part) until the user does anything; from then on each change of zoom or pan is reported: a stream of
 * changes (a wheel, a pan) once it pauses, and at once when the user lets go of the pointer or leaves the page, so
 * that the address bar never trails the screen when it is copied or reloaded.
 */
import type { Core } from "cytoscape";
import { type RefObject, useEffect, useRef } from "react";
import type { Viewport } from "../../../lib/viewport-code.ts";

/** Every report rewrites the URL and renders the explorer again: not on every frame of a gesture. */
const REPORT_AFTER_MS = 400;

export function useViewportInUrl(
  cy: RefObject<Core | null>,
  viewport: Viewport | null | undefined,
  onViewport: ((viewport: Viewport) => void) | undefined,
) {
  const report = useRef(onViewport);
  report.current = onViewport;
  /** The viewport the page opened with, kept until the user acts. */
  const held = useRef(viewport ?? null);

  useEffect(() => {
    const instance = cy.current;
    if (!instance) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const hold = () => {
      const wanted = held.current;
      if (!wanted) return false;
      const pan = instance.pan();
      if (instance.zoom() !== wanted.zoom || pan.x !== wanted.x || pan.y !== wanted.y)
        instance.viewport({ zoom: wanted.zoom, pan: { x: wanted.x, y: wanted.y } });
      return true;
    };
    const flush = () => {
      if (timer === undefined) return;
      clearTimeout(timer);
      timer = undefined;
      if (instance.destroyed()) return;
      const pan = instance.pan();
      report.current?.({ zoom: instance.zoom(), x: pan.x, y: pan.y });
    };
    let acted = false;
    const onChange = () => {
      if (hold() || !acted) return;
      clearTimeout(timer);
      timer = setTimeout(flush, REPORT_AFTER_MS);
    };
    // The first thing the user does records the viewport as it is (a drag changes no viewport, yet a reload
    // must not fit the picture anew around the dragged node).
    const release = () => {
      held.current = null;
      if (acted) return;
      acted = true;
      onChange();
    };
    const onHidden = () => {
      if (document.visibilityState === "hidden") flush();
    };
    instance.on("viewport", onChange);
    hold();
    window.addEventListener("pointerdown", release, true);
    window.addEventListener("wheel", release, true);
    window.addEventListener("keydown", release, true);
    // The end of a pan or a drag, and focus going to the address bar or another window.
    window.addEventListener("pointerup", flush);
    window.addEventListener("blur", flush);
    window.addEventListener("pagehide", flush);
    document.addEventListener("visibilitychange", onHidden);
    return () => {
      clearTimeout(timer);
      instance.removeListener("viewport", onChange);
      window.removeEventListener("pointerdown", release, true);
      window.removeEventListener("wheel", release, true);
      window.removeEventListener("keydown", release, true);
      window.removeEventListener("pointerup", flush);
      window.removeEventListener("blur", flush);
      window.removeEventListener("pagehide", flush);
      document.removeEventListener("visibilitychange", onHidden);
    };
  }, [cy]);
}
