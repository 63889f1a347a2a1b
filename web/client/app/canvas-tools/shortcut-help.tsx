/** The explorer's keyboard and mouse shortcuts, shown with "?" and closed with Escape or "?" again. */
import { useEffect, useRef } from "react";

const SHORTCUTS: Array<[string, string]> = [
  ["/", "Search entities"],
  ["f", "Fit the graph to the screen"],
  ["e", "Expand the selected entity"],
  ["n", "Select the neighbours of the selection"],
  ["h", "Hide the selected entities"],
  ["Delete", "Remove the selected entity from the canvas"],
  ["Escape", "Clear the selection, close a menu"],
  ["Ctrl+Z / Ctrl+Shift+Z", "Undo / redo"],
  ["Shift+click", "Add an entity to the selection (or take it out)"],
  ["Shift+drag", "Select every entity in a box"],
  ["Double-click", "Expand an entity"],
  ["Right-click", "An entity's menu: expand by type, hide, pin, paths, article"],
  ["?", "This help"],
];

export function ShortcutHelp({ onClose }: { onClose(): void }) {
  const dialog = useRef<HTMLDivElement>(null);
  useEffect(() => dialog.current?.focus(), []);
  return (
    <div
      ref={dialog}
      className="shortcut-help"
      role="dialog"
      aria-label="Keyboard shortcuts"
      tabIndex={-1}
      onKeyDown={(event) => {
        if (event.key === "Escape" || event.key === "?") {
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <h2 className="panel-title">Keyboard shortcuts</h2>
      <dl>
        {SHORTCUTS.map(([keys, what]) => (
          <div key={keys} className="shortcut-row">
            <dt>
              <kbd>{keys}</kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <button type="button" onClick={onClose}>
        Close
      </button>
    </div>
  );
}
