/**
 * Every chart of the app, drawn without a charting library: axis text, marks and the tooltip
 * are HTML placed in percentages; grid and lines are one SVG stretched over the plot. Sized by
 * CSS alone, a chart is whole in the first render of its page: nothing measures the card and
 * nothing renders twice, so a client with years of projects opens at once.
 *
 * Every mark is a button in a named group: one tab stop per chart, the arrow keys move between
 * marks, and focus or hover shows the same tooltip (Escape hides it).
 */
import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { TooltipBox } from './chartKit';

/** A number axis from 0 to `max`, with its ticks, their format and the axis title. */
export interface ValueAxis {
  max: number;
  ticks: number[];
  format: (v: number) => string;
  label: string;
}

/** A category axis: one band per label, evenly spaced (on y, the first band is at the top). */
export interface BandAxis {
  bands: string[];
  label: string;
  /** Label one band in this many (the last one always), when the labels would not fit side by side. */
  every?: number;
}

/** A straight line or a polyline across the plot, in shares of it (drawn under the marks, clipped to the plot). */
export interface PlotLine {
  className: string;
  points: [number, number][];
  paint: string;
  dashed?: boolean;
  width?: number;
  /** Drawn over the marks (data lines, reference lines across bars) rather than under them. */
  over?: boolean;
}

/** Where a value sits on an axis from 0 to `max`: a share from 0 to 1. */
export function share(value: number, max: number): number {
  return max > 0 ? Math.min(1, Math.max(0, value / max)) : 0;
}

/** Where a value sits, not clamped: for lines that may leave the plot (it clips them). */
export const ratio = (value: number, max: number) => (max > 0 ? value / max : 0);

/** The centre of band `i` of `count`, as a share of the axis. */
export const bandCentre = (i: number, count: number) => (i + 0.5) / count;

/** A share as a CSS length. */
export const percent = (s: number) => `${Math.round(s * 100000) / 1000}%`;

/** The grid's viewBox is 0-1000 on both axes, y down; lines keep their width whatever the card's size. */
const BOX = 1000;
const boxX = (s: number) => s * BOX;
const boxY = (s: number) => BOX - s * BOX;

export interface Tip {
  /** Where the tooltip points, as shares of the plot. */
  at: [number, number];
  title: string;
  rows: Parameters<typeof TooltipBox>[0]['rows'];
}

const isBands = (a: ValueAxis | BandAxis): a is BandAxis => 'bands' in a;

/** The labels of a value axis: absolutely placed, with the widest one in the flow to size the column. */
function ValueTicks({ axis, className, vertical }: { axis: ValueAxis; className: string; vertical: boolean }) {
  const labels = axis.ticks.map((v) => axis.format(v));
  const widest = labels.reduce((a, b) => (b.length > a.length ? b : a), '');
  return (
    <div className={className} aria-hidden>
      {vertical && <span className="plot-sizer">{widest}</span>}
      {axis.ticks.map((v, i) => (
        <span key={v} style={vertical ? { bottom: percent(share(v, axis.max)) } : { left: percent(share(v, axis.max)) }}>
          {labels[i]}
        </span>
      ))}
    </div>
  );
}

/** The labels of a band axis, one per band (or one in `every`). */
function BandTicks({ axis, className }: { axis: BandAxis; className: string }) {
  const every = axis.every ?? 1;
  const last = axis.bands.length - 1;
  return (
    <div className={`${className} bands${every > 1 ? ' sparse' : ''}`} aria-hidden>
      {axis.bands.map((label, i) => (
        <span key={i} className="band" title={label}>
          {(last - i) % every === 0 ? label : ''}
        </span>
      ))}
    </div>
  );
}

/** One line of the plot, in the viewBox. */
function drawLine(l: PlotLine) {
  return (
    <g key={l.className} className={l.className}>
      {l.points.length === 2 ? (
        <line
          x1={boxX(l.points[0]![0])}
          y1={boxY(l.points[0]![1])}
          x2={boxX(l.points[1]![0])}
          y2={boxY(l.points[1]![1])}
          stroke={l.paint}
          strokeWidth={l.width ?? 1.5}
          {...(l.dashed ? { strokeDasharray: '6 5' } : {})}
          vectorEffect="non-scaling-stroke"
        />
      ) : (
        <polyline
          points={l.points.map(([px, py]) => `${boxX(px)},${boxY(py)}`).join(' ')}
          fill="none"
          stroke={l.paint}
          strokeWidth={l.width ?? 1.5}
          strokeLinejoin="round"
          {...(l.dashed ? { strokeDasharray: '6 5' } : {})}
          vectorEffect="non-scaling-stroke"
        />
      )}
    </g>
  );
}

/** The frame of a chart: axis titles and ticks, the grid, lines, the marks (children) and the tooltip. */
export function Plot({
  x,
  y,
  y2,
  height = 236,
  lines = [],
  tip,
  label,
  children,
}: {
  x: ValueAxis | BandAxis;
  y: ValueAxis | BandAxis;
  /** A second value axis on the right (its grid lines are those of `y`). */
  y2?: ValueAxis | undefined;
  /** The plot's height in pixels; its width is the card's. */
  height?: number;
  lines?: PlotLine[];
  tip?: Tip | null | undefined;
  /** What the marks are, for assistive technology (the chart's title). */
  label: string;
  children: ReactNode;
}) {
  const xValues = isBands(x) ? null : x;
  const yValues = isBands(y) ? null : y;
  return (
    <div className={`plot${y2 ? ' has-y2' : ''}`} style={{ gridTemplateRows: `${height}px auto auto` }}>
      <div className="plot-y-title">{y.label}</div>
      {isBands(y) ? <BandTicks axis={y} className="plot-y-ticks" /> : <ValueTicks axis={y} className="plot-y-ticks" vertical />}
      <div className="plot-area">
        <svg className="plot-lines" viewBox={`0 0 ${BOX} ${BOX}`} preserveAspectRatio="none" aria-hidden focusable="false">
          {yValues?.ticks
            .filter((v) => v > 0)
            .map((v) => (
              <line key={`y${v}`} className="plot-grid" x1={0} x2={BOX} y1={boxY(share(v, yValues.max))} y2={boxY(share(v, yValues.max))} vectorEffect="non-scaling-stroke" />
            ))}
          {xValues?.ticks
            .filter((v) => v > 0)
            .map((v) => (
              <line key={`x${v}`} className="plot-grid" x1={boxX(share(v, xValues.max))} x2={boxX(share(v, xValues.max))} y1={0} y2={BOX} vectorEffect="non-scaling-stroke" />
            ))}
          {lines.filter((l) => !l.over).map(drawLine)}
        </svg>
        <div className="plot-marks" role="group" aria-label={label}>
          {children}
        </div>
        {lines.some((l) => l.over) && (
          <svg className="plot-lines over" viewBox={`0 0 ${BOX} ${BOX}`} preserveAspectRatio="none" aria-hidden focusable="false">
            {lines.filter((l) => l.over).map(drawLine)}
          </svg>
        )}
        {tip && (
          // Hidden from assistive technology: each mark's name already says all the tooltip does.
          <div
            className="plot-tip"
            aria-hidden
            data-side={tip.at[0] > 0.55 ? 'left' : 'right'}
            data-rise={tip.at[1] > 0.7 ? 'low' : tip.at[1] < 0.3 ? 'high' : 'mid'}
            style={{ left: percent(tip.at[0]), bottom: percent(tip.at[1]) }}
          >
            <TooltipBox title={tip.title} rows={tip.rows} />
          </div>
        )}
      </div>
      {y2 && <ValueTicks axis={y2} className="plot-y2-ticks" vertical />}
      {y2 && <div className="plot-y2-title">{y2.label}</div>}
      {isBands(x) ? <BandTicks axis={x} className="plot-x-ticks" /> : <ValueTicks axis={x} className="plot-x-ticks" vertical={false} />}
      <div className="plot-x-title">{x.label}</div>
    </div>
  );
}

/**
 * Focus and hover over a chart's marks, given their keys in order: one tab stop (the last mark
 * focused); as in a radio group, Right and Down go to the next mark, Left and Up to the previous
 * one, Home and End to the ends. The tooltip shows for the mark hovered, else the one focused.
 * State is kept by key, so marks that come, go or change places never show another's tooltip.
 */
export function useMarks(keys: readonly string[]) {
  const [stop, setStop] = useState<string | null>(null);
  const [focused, setFocused] = useState<string | null>(null);
  const [hovered, setHovered] = useState<string | null>(null);
  const [hidden, setHidden] = useState(false);
  const refs = useRef(new Map<string, HTMLButtonElement>());
  const count = keys.length;
  const indexOf = (key: string | null) => (key === null ? -1 : keys.indexOf(key));
  const tabStop = Math.max(0, indexOf(stop));
  const move = (to: number) => {
    const key = keys[Math.min(count - 1, Math.max(0, to))];
    if (key !== undefined) refs.current.get(key)?.focus();
  };
  const shownIndex = hidden ? -1 : indexOf(hovered) >= 0 ? indexOf(hovered) : indexOf(focused);
  return {
    /** The position of the mark whose tooltip shows, if any. */
    shown: shownIndex >= 0 ? shownIndex : null,
    markProps: (i: number) => {
      const key = keys[i]!;
      return {
        ref: (el: HTMLButtonElement | null) => {
          if (el) refs.current.set(key, el);
          else refs.current.delete(key);
        },
        type: 'button' as const,
        tabIndex: i === tabStop ? 0 : -1,
        onFocus: () => {
          setStop(key);
          setFocused(key);
          setHidden(false);
        },
        // Blur and leave come before the next focus and enter: nothing to compare.
        onBlur: () => setFocused(null),
        onMouseEnter: () => {
          setHovered(key);
          setHidden(false);
        },
        onMouseLeave: () => setHovered(null),
        onKeyDown: (e: KeyboardEvent<HTMLButtonElement>) => {
          const to = { ArrowRight: i + 1, ArrowDown: i + 1, ArrowLeft: i - 1, ArrowUp: i - 1, Home: 0, End: count - 1 }[e.key];
          if (to !== undefined) {
            e.preventDefault();
            move(to);
          } else if (e.key === 'Escape' && shownIndex >= 0) {
            e.stopPropagation();
            setHidden(true);
          }
        },
      };
    },
  };
}

/** A mark's accessible name: what its tooltip says, in one line. */
export function markLabel(tip: Pick<Tip, 'title' | 'rows'>): string {
  return [tip.title, ...tip.rows.map((r) => `${r.label} ${r.value}`)].join(', ');
}
