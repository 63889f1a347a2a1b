/**
 * Filters of the canvas: which entity types and relationship types are shown, the minimum number of independent
 * sources a link needs, the minimum confidence of a claim, and the source articles (time is the timeline's,
 * under the canvas).
 */
import { ArticleChecks } from "./article-checks.tsx";

export interface FilterValues {
  hiddenTypes: string[];
  hiddenRelations: string[];
  hiddenArticles: string[];
  minSources: number;
  minConfidence: number;
}

export interface FilterPanelProps {
  values: FilterValues;
  entityTypes: string[];
  relationTypes: string[];
  onChange(change: Partial<FilterValues>): void;
}

export function FilterPanel({ values, entityTypes, relationTypes, onChange }: FilterPanelProps) {
  return (
    <section className="filters" aria-label="Filters">
      <h2 className="panel-title">Filters</h2>
      <TypeChecks
        legend="Entity types"
        types={entityTypes}
        hidden={values.hiddenTypes}
        onChange={(hiddenTypes) => onChange({ hiddenTypes })}
      />
      <TypeChecks
        legend="Relationship types"
        types={relationTypes}
        hidden={values.hiddenRelations}
        onChange={(hiddenRelations) => onChange({ hiddenRelations })}
      />
      <label className="filter-number">
        Minimum sources
        <input
          type="number"
          min={1}
          max={20}
          value={values.minSources}
          onChange={(event) =>
            onChange({ minSources: Math.min(20, Math.max(1, Number(event.target.value) || 1)) })
          }
        />
      </label>
      <label className="filter-number">
        Minimum confidence
        <input
          type="number"
          min={0}
          max={1}
          step={0.05}
          value={values.minConfidence}
          title="Hide claims found with less confidence (0–1); co-mentions have their own switch"
          onChange={(event) => {
            const value = Number(event.target.value);
            if (event.target.value !== "" && Number.isFinite(value))
              onChange({ minConfidence: Math.min(1, Math.max(0, value)) });
          }}
        />
      </label>
      <ArticleChecks
        hidden={values.hiddenArticles}
        onChange={(hiddenArticles) => onChange({ hiddenArticles })}
      />
    </section>
  );
}

interface TypeChecksProps {
  legend: string;
  types: string[];
  hidden: string[];
  onChange(hidden: string[]): void;
}

function TypeChecks({ legend, types, hidden, onChange }: TypeChecksProps) {
  const all = [...new Set([...types, ...hidden])].sort();
  return (
    <fieldset className="type-checks">
      <legend>{legend}</legend>
      {all.length === 0 && <p className="panel-note">None on the canvas.</p>}
      {all.map((type) => (
        <label key={type}>
          <input
            type="checkbox"
            checked={!hidden.includes(type)}
            onChange={(event) =>
              onChange(event.target.checked ? hidden.filter((item) => item !== type) : [...hidden, type])
            }
          />
          {type}
        </label>
      ))}
    </fieldset>
  );
}
