/**
 * The time slider: its steps are the dates of the articles, oldest first; at a step, links first reported by a
 * later article are hidden. Links known only from undated articles have their own checkbox, so they are never
 * dropped silently.
 */
import { formatPublished } from "../../../lib/format-date.ts";
import { useArticles } from "../api/articles-query.ts";

export interface TimeSliderProps {
  until: string | null;
  showUndated: boolean;
  onChange(change: { until?: string | null; showUndated?: boolean }): void;
}

export function TimeSlider({ until, showUndated, onChange }: TimeSliderProps) {
  const articles = useArticles();
  if (articles.isPending) return <p className="panel-note">Loading article dates…</p>;
  if (articles.isError) return <p className="panel-note panel-error">{articles.error.message}</p>;
  const dated = articles.data.articles.filter((article) => article.published !== null);
  const dates = [...new Set(dated.map((article) => article.published as string))].sort();
  const undated = articles.data.articles.length - dated.length;
  const index = until === null ? dates.length : Math.max(0, dates.indexOf(until));
  const current = dates[index];
  const precision = dated.find((article) => article.published === current)?.precision ?? "day";
  return (
    <fieldset className="time-slider">
      <legend>Time</legend>
      {dates.length > 0 && (
        <label>
          Links reported up to
          <input
            type="range"
            min={0}
            max={dates.length}
            step={1}
            value={index}
            aria-valuetext={current ? formatPublished(current, precision) : "all dates"}
            onChange={(event) => {
              const next = Number(event.target.value);
              onChange({ until: next >= dates.length ? null : (dates[next] ?? null) });
            }}
          />
          <output>{current ? formatPublished(current, precision) : "all dates"}</output>
        </label>
      )}
      <label>
        <input
          type="checkbox"
          checked={showUndated}
          onChange={(event) => onChange({ showUndated: event.target.checked })}
        />
        Links from undated articles ({undated} article{undated === 1 ? "" : "s"})
      </label>
    </fieldset>
  );
}
