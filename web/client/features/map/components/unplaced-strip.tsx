/** Entities without coordinates, beside the map: still selectable, and the end of the lines from their linked places. */
import type { MapLooks } from "../map-drawing.ts";
import type { MapEntity } from "../map-model.ts";

export interface UnplacedStripProps {
  entities: readonly MapEntity[];
  selected: string | null;
  looks: MapLooks;
  onSelect(id: string): void;
}

export function UnplacedStrip({ entities, selected, looks, onSelect }: UnplacedStripProps) {
  return (
    <section className="map-strip" aria-label="Not on the map">
      <h2 className="panel-title">Not on the map ({entities.length})</h2>
      <ul data-strip-list="">
        {entities.map((entity) => (
          <li key={entity.id}>
            <button
              type="button"
              data-strip-entity={entity.id}
              aria-pressed={selected === entity.id}
              onClick={() => onSelect(entity.id)}
            >
              <span
                className="map-strip-dot"
                style={{ background: looks.entityColour(entity.type) }}
                aria-hidden="true"
              />
              {entity.name}
              <span className="map-strip-type">{entity.type}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
