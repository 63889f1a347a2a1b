/** The export dialog's settings: title, subtitle, which frame parts to draw, what to export, size and background. */
import type { ChangeEvent } from "react";
import type { BriefingOptions } from "../build-briefing.ts";

interface FrameOptionsFormProps {
  options: BriefingOptions;
  onChange(change: Partial<BriefingOptions>): void;
  scale: number;
  onScale(scale: number): void;
  minSize: number;
  maxSize: number;
}

const PARTS = [
  ["legend", "Legend of the visible types"],
  ["sources", "Sources behind the visible links"],
  ["stamp", "Data as of stamp"],
  ["permalink", "Permalink to this view"],
  ["notes", "Notes as callouts"],
] as const;

export function FrameOptionsForm({
  options,
  onChange,
  scale,
  onScale,
  minSize,
  maxSize,
}: FrameOptionsFormProps) {
  return (
    <div className="frame-options">
      <label>
        Title
        <input
          type="text"
          value={options.title}
          onChange={(event) => onChange({ title: event.target.value })}
        />
      </label>
      <label>
        Subtitle
        <input
          type="text"
          value={options.subtitle}
          onChange={(event) => onChange({ subtitle: event.target.value })}
        />
      </label>
      <fieldset>
        <legend>Frame</legend>
        {PARTS.map(([part, label]) => (
          <label key={part} className="export-check">
            <input
              type="checkbox"
              checked={options[part]}
              onChange={(event) => onChange({ [part]: event.target.checked })}
            />
            {label}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Picture</legend>
        <label className="export-check">
          <input
            type="checkbox"
            checked={options.selectionOnly}
            onChange={(event) => onChange({ selectionOnly: event.target.checked })}
          />
          Only the selection
        </label>
        <label>
          Width (px)
          <input
            type="number"
            min={minSize}
            max={maxSize}
            step={50}
            defaultValue={options.width}
            onChange={sizeHandler(minSize, maxSize, (width) => onChange({ width }))}
          />
        </label>
        <label>
          Height (px)
          <input
            type="number"
            min={minSize}
            max={maxSize}
            step={50}
            defaultValue={options.height}
            onChange={sizeHandler(minSize, maxSize, (height) => onChange({ height }))}
          />
        </label>
        <label>
          PNG scale
          <select value={scale} onChange={(event) => onScale(Number(event.target.value))}>
            {[1, 2, 3, 4].map((value) => (
              <option key={value} value={value}>
                {value}×
              </option>
            ))}
          </select>
        </label>
        <label>
          Background
          <select
            value={options.background}
            onChange={(event) =>
              onChange({ background: event.target.value as BriefingOptions["background"] })
            }
          >
            <option value="white">White</option>
            <option value="transparent">Transparent</option>
          </select>
        </label>
      </fieldset>
    </div>
  );
}

/** Reports only whole sizes within bounds; what is typed stays in the field, so typing is never fought. */
function sizeHandler(min: number, max: number, apply: (size: number) => void) {
  return (event: ChangeEvent<HTMLInputElement>) => {
    const size = Number(event.target.value);
    if (Number.isInteger(size) && size >= min && size <= max) apply(size);
  };
}
