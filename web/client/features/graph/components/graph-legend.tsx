/**
 * The legend: the entity types and relationship types on the canvas, each with its colour (and shape), and
 * what link width means.
 */
import { CO_MENTION_COLOUR, entityLook, relationColours } from "../palette.ts";

export function GraphLegend({
  entityTypes,
  relationTypes,
  coMentions = false,
}: {
  entityTypes: string[];
  /** The claims' relationship types on the canvas (co-mentions apart). */
  relationTypes: string[];
  /** Whether co-mentions are drawn. */
  coMentions?: boolean;
}) {
  const colours = relationColours(relationTypes);
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
            <span className="legend-line" style={{ background: colours.get(type) }} />
            {type.toLowerCase().replaceAll("_", " ")}
          </li>
        ))}
        {coMentions && (
          <li>
            <span className="legend-line legend-line-faint" style={{ background: CO_MENTION_COLOUR }} />
            named together (co-mention, not a claim)
          </li>
        )}
      </ul>
      <p className="legend-note">Thicker links have more independent sources.</p>
    </section>
  );
}
