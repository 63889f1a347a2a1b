/**
 * The legend: the entity types and relationship types on the canvas, each with its colour (and shape), and
 * what link width means.
 */
import { entityLook, relationColour } from "../palette.ts";

export function GraphLegend({
  entityTypes,
  relationTypes,
}: {
  entityTypes: string[];
  relationTypes: string[];
}) {
  return (
    <section className="legend" aria-label="Legend">
      <h2 className="panel-title">Legend</h2>
      <ul className="legend-list">
        {entityTypes.map((type) => (
          <li key={type}>
            <span
              className={`legend-swatch legend-shape-${entityLook(type).shape}`}
              style={{ background: entityLook(type).colour }}
            />
            {type}
          </li>
        ))}
      </ul>
      <ul className="legend-list">
        {relationTypes.map((type) => (
          <li key={type}>
            <span className="legend-line" style={{ background: relationColour(type) }} />
            {type.toLowerCase().replaceAll("_", " ")}
          </li>
        ))}
      </ul>
      <p className="legend-note">Thicker links have more independent sources.</p>
    </section>
  );
}
