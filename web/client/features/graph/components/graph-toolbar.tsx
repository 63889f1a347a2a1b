/**
 * Above the canvas: the layout picker, fitting the graph in view, the co-mentions switch, and clearing the canvas
 * or showing the overview.
 */
import {
  LAYOUTS,
  type LayoutName,
  MAX_CAP,
  MIN_CAP,
  NODE_SIZINGS,
  type NodeSizing,
  redoView,
  undoView,
  viewHistoryDepth,
} from "../../../lib/view-state.ts";
import { fitCanvas } from "../layout/fit-picture.ts";
import { LAYOUT_LABELS } from "../layouts.ts";
import { NODE_SIZE_LABELS } from "../node-size.ts";

export interface GraphToolbarProps {
  layout: LayoutName;
  overview: boolean;
  cap: number;
  onCap(cap: number): void;
  onLayout(layout: LayoutName): void;
  /** Empties the canvas (true) or brings the overview back (false). */
  onClear(clear: boolean): void;
  /** Opens the briefing export dialog. */
  onExport?(): void;
  /** How many entities are hidden for now, and showing them all again. */
  hidden?: number;
  onShowAll?(): void;
  /** Co-mentions among the entities shown: how many, whether they are drawn, and switching them. */
  coMentions?: { count: number; shown: boolean; onToggle(shown: boolean): void };
  /** Map mode (entities at their places) instead of a layout, and switching it. */
  map?: boolean;
  onMap?(on: boolean): void;
  /** Fits the view in map mode (the graph canvas fits itself otherwise). */
  onFit?(): void;
  /** What node size shows, and changing it. */
  sizeBy?: NodeSizing;
  onSizeBy?(sizing: NodeSizing): void;
  /** Whether entities without a drawn link are hidden, and switching it. */
  hideUnlinked?: boolean;
  onHideUnlinked?(hide: boolean): void;
}

export function GraphToolbar({
  layout,
  overview,
  cap,
  onCap,
  onLayout,
  onClear,
  onExport,
  hidden = 0,
  onShowAll,
  coMentions,
  map = false,
  onMap,
  onFit,
  sizeBy = "same",
  onSizeBy,
  hideUnlinked = false,
  onHideUnlinked,
}: GraphToolbarProps) {
  return (
    <div className="graph-toolbar" role="toolbar" aria-label="Canvas">
      <label>
        Layout{" "}
        <select
          value={layout}
          disabled={map}
          onChange={(event) => onLayout(event.target.value as LayoutName)}
        >
          {LAYOUTS.map((name) => (
            <option key={name} value={name}>
              {LAYOUT_LABELS[name]}
            </option>
          ))}
        </select>
      </label>
      {onSizeBy && (
        <label>
          Node size{" "}
          <select
            value={sizeBy}
            disabled={map}
            onChange={(event) => onSizeBy(event.target.value as NodeSizing)}
          >
            {NODE_SIZINGS.map((name) => (
              <option key={name} value={name}>
                {NODE_SIZE_LABELS[name]}
              </option>
            ))}
          </select>
        </label>
      )}
      {onHideUnlinked && (
        <button
          type="button"
          aria-pressed={hideUnlinked}
          disabled={map}
          onClick={() => onHideUnlinked(!hideUnlinked)}
          title="Hide the entities that no drawn link reaches"
        >
          Hide unlinked
        </button>
      )}
      {onMap && (
        <button type="button" aria-pressed={map} onClick={() => onMap(!map)}>
          Map
        </button>
      )}
      <button type="button" onClick={() => (onFit ? onFit() : fitCanvas())}>
        Fit to screen
      </button>
      <label>
        Max nodes{" "}
        <input
          type="number"
          min={MIN_CAP}
          max={MAX_CAP}
          step={100}
          value={cap}
          onChange={(event) => {
            const value = Number(event.target.value);
            if (value >= MIN_CAP && value <= MAX_CAP) onCap(value);
          }}
        />
      </label>
      <button type="button" onClick={undoView} disabled={viewHistoryDepth() === 0} title="Ctrl+Z">
        Undo
      </button>
      <button type="button" onClick={redoView} title="Ctrl+Shift+Z">
        Redo
      </button>
      {coMentions && (
        <button
          type="button"
          aria-pressed={coMentions.shown}
          onClick={() => coMentions.onToggle(!coMentions.shown)}
          title="Entities named in one sentence with no claim between them, drawn faint; never counted as claims"
        >
          Co-mentions ({coMentions.count})
        </button>
      )}
      {hidden > 0 && onShowAll && (
        <button type="button" onClick={onShowAll}>
          Hidden ({hidden}) — show all
        </button>
      )}
      <button type="button" onClick={() => onClear(overview)}>
        {overview ? "Clear canvas" : "Show overview"}
      </button>
      {onExport && (
        <button type="button" onClick={onExport} aria-label="Export briefing picture">
          Export…
        </button>
      )}
    </div>
  );
}
