/** Over the canvas while several entities are selected: how many, and what can be done with them at once. */
export interface SelectionBarProps {
  count: number;
  onSelectNeighbours(): void;
  onHide(): void;
  onClear(): void;
}

export function SelectionBar({ count, onSelectNeighbours, onHide, onClear }: SelectionBarProps) {
  if (count < 2) return null;
  return (
    <div className="selection-bar" role="toolbar" aria-label="Selection">
      <span>{count} selected</span>
      <button type="button" onClick={onSelectNeighbours} title="n">
        Select neighbours
      </button>
      <button type="button" onClick={onHide} title="h">
        Hide selected
      </button>
      <button type="button" onClick={onClear} title="Escape">
        Clear selection
      </button>
    </div>
  );
}
