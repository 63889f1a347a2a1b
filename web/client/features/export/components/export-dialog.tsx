/**
 * The export dialog: the briefing frame's parts and the picture's size, a live preview of the framed picture, a
 * note for the selected entity or one of its links, and saving as PNG or SVG. Errors are shown in the dialog.
 */
import { useEffect, useRef, useState } from "react";
import {
  type BriefingContext,
  type BriefingOptions,
  buildBriefing,
  DEFAULT_BRIEFING,
  MAX_SIZE,
  MIN_SIZE,
} from "../build-briefing.ts";
import { FrameOptionsForm } from "./frame-options-form.tsx";
import { NoteEditor } from "./note-editor.tsx";
import "../export.css";

export interface ExportDialogProps {
  context: () => BriefingContext | null;
  defaultTitle: string;
  defaultSubtitle: string;
  selected: string | null;
  onNote(id: string, text: string): void;
  onClose(): void;
}

const PREVIEW_DELAY_MS = 250;

export function ExportDialog({
  context,
  defaultTitle,
  defaultSubtitle,
  selected,
  onNote,
  onClose,
}: ExportDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [options, setOptions] = useState<BriefingOptions>({
    ...DEFAULT_BRIEFING,
    title: defaultTitle,
    subtitle: defaultSubtitle,
  });
  const [scale, setScale] = useState(2);
  const [preview, setPreview] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const notes = context()?.notes;

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the preview follows the options and the notes
  useEffect(() => {
    let url: string | null = null;
    let cancelled = false;
    const timer = setTimeout(async () => {
      try {
        const briefing = await build(context, options);
        if (cancelled) return;
        // Previewed as the PNG at 1×: drawn by the canvas renderer, it is quick even for large views.
        url = URL.createObjectURL(await briefing.png(1));
        setPreview(url);
        setError(null);
      } catch (caught) {
        if (!cancelled) setError(message(caught));
      }
    }, PREVIEW_DELAY_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
      if (url) URL.revokeObjectURL(url);
    };
  }, [options, notes]);

  const save = async (format: "png" | "svg") => {
    setSaving(true);
    try {
      const briefing = await build(context, options);
      const blob =
        format === "svg"
          ? new Blob([await briefing.svg()], { type: "image/svg+xml" })
          : await briefing.png(scale);
      download(blob, briefing.fileName(format));
      setError(null);
    } catch (caught) {
      setError(message(caught));
    } finally {
      setSaving(false);
    }
  };

  return (
    <dialog ref={dialog} className="export-dialog" aria-labelledby="export-dialog-title" onClose={onClose}>
      <h2 id="export-dialog-title">Export briefing picture</h2>
      <div className="export-body">
        <div className="export-controls">
          <FrameOptionsForm
            options={options}
            onChange={(change) => setOptions((current) => ({ ...current, ...change }))}
            scale={scale}
            onScale={setScale}
            minSize={MIN_SIZE}
            maxSize={MAX_SIZE}
          />
          {selected && (
            <NoteEditor cy={context()?.cy ?? null} selected={selected} notes={notes ?? {}} onNote={onNote} />
          )}
        </div>
        <figure className="export-preview">
          {preview ? (
            <img src={preview} alt="Preview of the briefing frame" />
          ) : (
            <p>Preparing the preview…</p>
          )}
        </figure>
      </div>
      {error && (
        <p className="export-error" role="alert">
          {error}
        </p>
      )}
      <div className="export-actions">
        <button type="button" onClick={() => void save("png")} disabled={saving}>
          Save PNG
        </button>
        <button type="button" onClick={() => void save("svg")} disabled={saving}>
          Save SVG
        </button>
        <button type="button" onClick={() => dialog.current?.close()}>
          Close
        </button>
      </div>
    </dialog>
  );
}

async function build(context: () => BriefingContext | null, options: BriefingOptions) {
  const current = context();
  if (!current) throw new Error("The canvas is not ready yet.");
  return buildBriefing(current, options);
}

function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
