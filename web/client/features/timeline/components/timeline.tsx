/**
 * The timeline under the canvas: claims by the month they were first reported (year-only dates as a band over
 * their year, undated claims in a bin of their own), a brush to choose the window of months shown, and play and
 * step buttons that move the window's end month by month, so the graph grows as it was reported.
 */
import "../timeline.css";
import { type PointerEvent as ReactPointerEvent, useEffect, useMemo, useRef, useState } from "react";
import { addMonths, type ClaimHistogram, claimHistogram, type DatedClaim, monthName } from "../months.ts";

export interface TimeWindow {
  /** First month shown ("YYYY-MM"), or null from the beginning. */
  since: string | null;
  /** Last month shown, or null to the end. */
  until: string | null;
}

export interface TimelineProps {
  claims: readonly DatedClaim[];
  window: TimeWindow;
  showUndated: boolean;
  /** `playing` changes come one per month while playing: callers need not keep each in history. */
  onWindow(window: TimeWindow, playing: boolean): void;
  onUndated(show: boolean): void;
}

const HEIGHT = 64;
const BAR_AREA = 46;
const UNDATED_WIDTH = 44;
const PLAY_MS = 700;

export function Timeline({ claims, window, showUndated, onWindow, onUndated }: TimelineProps) {
  const histogram = useMemo(() => claimHistogram(claims), [claims]);
  const { months } = histogram;
  const svg = useRef<SVGSVGElement>(null);
  const [width, setWidth] = useState(600);
  const [drag, setDrag] = useState<{ anchor: number; at: number } | null>(null);
  const [playing, setPlaying] = useState(false);

  useEffect(() => {
    const element = svg.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) =>
      setWidth(Math.max(200, entry?.contentRect.width ?? 600)),
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const first = months[0]?.month ?? null;
  const last = months[months.length - 1]?.month ?? null;
  const onWindowRef = useRef(onWindow);
  onWindowRef.current = onWindow;
  const windowRef = useRef(window);
  windowRef.current = window;

  useEffect(() => {
    if (!playing || !first || !last) return;
    const timer = setInterval(() => {
      const current = windowRef.current;
      if (!current.until || current.until >= last) {
        setPlaying(false);
        return;
      }
      onWindowRef.current({ ...current, until: addMonths(current.until, 1) }, true);
    }, PLAY_MS);
    return () => clearInterval(timer);
  }, [playing, first, last]);

  if (months.length === 0) {
    return (
      <section className="timeline" aria-label="Timeline">
        <p className="panel-note">No dated claims on the canvas.</p>
        <UndatedToggle count={histogram.undated} show={showUndated} onUndated={onUndated} />
      </section>
    );
  }

  const plot = width - UNDATED_WIDTH - 8;
  const step = plot / months.length;
  const indexOf = (month: string | null, fallback: number) => {
    if (!month) return fallback;
    const index = months.findIndex((bin) => bin.month >= month.slice(0, 7));
    return index < 0 ? months.length - 1 : index;
  };
  const from = indexOf(window.since, 0);
  const to = window.until
    ? Math.min(indexOf(window.until, months.length - 1), months.length - 1)
    : months.length - 1;
  const shown = drag
    ? { from: Math.min(drag.anchor, drag.at), to: Math.max(drag.anchor, drag.at) }
    : { from, to };
  const windowed = window.since !== null || window.until !== null;
  const monthAt = (event: ReactPointerEvent<SVGSVGElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    return Math.max(0, Math.min(months.length - 1, Math.floor((event.clientX - box.left) / step)));
  };
  const choose = (a: number, b: number) => {
    const start = months[Math.min(a, b)]?.month ?? null;
    const end = months[Math.max(a, b)]?.month ?? null;
    onWindow({ since: start === first ? null : start, until: end === last ? null : end }, false);
  };
  const stepBy = (count: number) => {
    const end = addMonths(window.until ?? last ?? "", count);
    const floor = window.since ?? first ?? end;
    const clamped = end < floor ? floor : last && end >= last ? null : end;
    onWindow({ ...window, until: clamped }, false);
  };
  const play = () => {
    if (playing) {
      setPlaying(false);
      return;
    }
    if (!window.until) onWindow({ ...window, until: window.since ?? first }, false);
    setPlaying(true);
  };
  const max = Math.max(
    1,
    ...months.map((bin) => bin.count),
    ...histogram.spans.map((span) => span.count),
    histogram.undated,
  );
  const label = windowed
    ? `${monthName(months[from]?.month ?? "")} – ${monthName(months[to]?.month ?? "")}`
    : "all months";

  return (
    <section className="timeline" aria-label="Timeline">
      <div className="timeline-controls">
        <button type="button" onClick={() => stepBy(-1)} aria-label="Step back a month" disabled={!windowed}>
          ◀
        </button>
        <button type="button" onClick={play} aria-label={playing ? "Pause" : "Play"} aria-pressed={playing}>
          {playing ? "❚❚" : "▶"}
        </button>
        <button
          type="button"
          onClick={() => stepBy(1)}
          aria-label="Step forward a month"
          disabled={!window.until}
        >
          ▶|
        </button>
        <output className="timeline-window" aria-label="Time window">
          Claims first reported: {label}
        </output>
        {windowed && (
          <button type="button" onClick={() => onWindow({ since: null, until: null }, false)}>
            All months
          </button>
        )}
        <UndatedToggle count={histogram.undated} show={showUndated} onUndated={onUndated} />
      </div>
      <svg
        ref={svg}
        className="timeline-chart"
        width="100%"
        height={HEIGHT}
        role="img"
        aria-label={`Time window brush: ${label}`}
        onPointerDown={(event) => {
          event.currentTarget.setPointerCapture(event.pointerId);
          const at = monthAt(event);
          setDrag({ anchor: at, at });
        }}
        onPointerMove={(event) => {
          if (drag) setDrag({ ...drag, at: monthAt(event) });
        }}
        onPointerUp={(event) => {
          if (!drag) return;
          const at = monthAt(event);
          setDrag(null);
          choose(drag.anchor, at);
        }}
      >
        <Bars histogram={histogram} step={step} max={max} shown={shown} />
        <rect
          className="timeline-brush"
          x={shown.from * step}
          y={0}
          width={(shown.to - shown.from + 1) * step}
          height={BAR_AREA}
        />
        <Ticks histogram={histogram} step={step} />
        <g transform={`translate(${plot + 8},0)`} className={showUndated ? "" : "timeline-off"}>
          <rect
            className="timeline-bar timeline-undated"
            x={4}
            width={UNDATED_WIDTH - 8}
            y={BAR_AREA - (histogram.undated / max) * (BAR_AREA - 4)}
            height={(histogram.undated / max) * (BAR_AREA - 4)}
          />
          <text x={UNDATED_WIDTH / 2} y={HEIGHT - 4} textAnchor="middle">
            undated
          </text>
        </g>
      </svg>
    </section>
  );
}

function Bars({
  histogram,
  step,
  max,
  shown,
}: {
  histogram: ClaimHistogram;
  step: number;
  max: number;
  shown: { from: number; to: number };
}) {
  const { months, spans } = histogram;
  const height = (count: number) => (count / max) * (BAR_AREA - 4);
  const index = new Map(months.map((bin, i) => [bin.month, i]));
  return (
    <g>
      {spans.map((span) => {
        const start = index.get(span.from) ?? 0;
        const end = index.get(span.to) ?? months.length - 1;
        return (
          <rect
            key={span.year}
            className="timeline-span"
            x={start * step}
            width={(end - start + 1) * step}
            y={BAR_AREA - height(span.count)}
            height={height(span.count)}
            data-span={span.year}
          >
            <title>{`${span.count} claim${span.count === 1 ? "" : "s"} dated only to ${span.year}`}</title>
          </rect>
        );
      })}
      {months.map((bin, i) =>
        bin.count > 0 ? (
          <rect
            key={bin.month}
            className={`timeline-bar${i >= shown.from && i <= shown.to ? "" : " timeline-out"}`}
            x={i * step + 1}
            width={Math.max(1, step - 2)}
            y={BAR_AREA - height(bin.count)}
            height={height(bin.count)}
            data-month={bin.month}
          >
            <title>{`${bin.count} claim${bin.count === 1 ? "" : "s"} first reported in ${monthName(bin.month)}`}</title>
          </rect>
        ) : null,
      )}
    </g>
  );
}

/** Year labels under January (or the first month), thinned out when the years are narrow. */
function Ticks({ histogram, step }: { histogram: ClaimHistogram; step: number }) {
  const years = histogram.months
    .map((bin, i) => ({ bin, i }))
    .filter(({ bin, i }) => i === 0 || bin.month.endsWith("-01"));
  const every = Math.max(1, Math.ceil(40 / (step * 12)));
  return (
    <g className="timeline-ticks">
      {years
        .filter((_, n) => n % every === 0)
        .map(({ bin, i }) => (
          <g key={bin.month}>
            <line x1={i * step} x2={i * step} y1={BAR_AREA} y2={BAR_AREA + 4} />
            <text x={i * step + 2} y={HEIGHT - 4}>
              {bin.month.slice(0, 4)}
            </text>
          </g>
        ))}
    </g>
  );
}

function UndatedToggle({
  count,
  show,
  onUndated,
}: {
  count: number;
  show: boolean;
  onUndated(show: boolean): void;
}) {
  return (
    <label className="timeline-undated-toggle">
      <input type="checkbox" checked={show} onChange={(event) => onUndated(event.target.checked)} />
      Undated claims ({count})
    </label>
  );
}
