/**
 * What every chart shares around its recharts drawing: a card with a title, a key and a
 * caption, an empty state, a table view of the same points, round axis steps, formatting,
 * the tooltip box, and a frame that keeps the chart's space and draws it after the page.
 * Colours are CSS variables, so the charts follow the light and dark themes.
 */
import { startTransition, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { localeOf } from '#shared/format';
import type { Language } from '#shared/model';
import { useFormat } from '../../lib/useFormat';
import { useApp } from '../../store';
import type { Drawings } from './drawings';

/** The colour of a band, as an SVG paint. */
export const TONE_PAINT = {
  good: 'var(--good)',
  caution: 'var(--caution)',
  bad: 'var(--bad)',
  neutral: 'var(--neutral)',
} as const;

const TICK_DY = { start: '0.71em', middle: '0.355em', end: '0' } as const;

/**
 * An axis tick as one plain SVG text, in the theme's quiet colour. Recharts' own tick text
 * measures every word in the DOM to wrap it to the axis width; our labels are short (cut
 * beforehand), so nothing needs measuring. A module-level function: recharts compares props by reference.
 */
export function AxisTick(props: {
  x?: number | string;
  y?: number | string;
  index?: number;
  payload?: { value?: unknown };
  textAnchor?: 'start' | 'middle' | 'end' | 'inherit';
  verticalAnchor?: keyof typeof TICK_DY;
  tickFormatter?: ((value: never, index: number) => string) | undefined;
  className?: string;
}) {
  const value = props.payload?.value;
  const text = props.tickFormatter ? props.tickFormatter(value as never, props.index ?? 0) : String(value ?? '');
  return (
    <text
      x={props.x}
      y={props.y}
      dy={TICK_DY[props.verticalAnchor ?? 'middle']}
      textAnchor={props.textAnchor ?? 'middle'}
      fill="var(--text-2)"
      fontSize={12}
      className={props.className}
    >
      {text}
    </text>
  );
}
/** Axis titles, the same. */
export const AXIS_TITLE = { fill: 'var(--text-2)', fontSize: 12 } as const;
/** Axis lines. */
export const AXIS_STROKE = 'var(--line-strong)';
/** The dash of every minimum, estimate or promise line. */
export const DASH = '6 5';

/** What charts add to the app's formatting, made once per language and currency (Intl objects are costly to build). */
const chartFormatters = new Map<string, { symbol: string; monthShort: Intl.DateTimeFormat; monthLong: Intl.DateTimeFormat }>();
function chartFormattersOf(language: Language, currency: string) {
  const key = `${language}|${currency}`;
  let made = chartFormatters.get(key);
  if (!made) {
    const locale = localeOf(language);
    made = {
      symbol:
        new Intl.NumberFormat(locale, { style: 'currency', currency }).formatToParts(0).find((p) => p.type === 'currency')?.value ?? currency,
      monthShort: new Intl.DateTimeFormat(locale, { month: 'short', year: '2-digit', timeZone: 'UTC' }),
      monthLong: new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
    };
    chartFormatters.set(key, made);
  }
  return made;
}

/** Formatting for charts: the app's, plus the currency symbol and month names. */
export function useChartFormat() {
  const f = useFormat();
  return useMemo(() => {
    const { symbol, monthShort, monthLong } = chartFormattersOf(f.language, f.currency);
    const monthDate = (month: string) => new Date(`${month}-01T00:00:00Z`);
    return {
      ...f,
      symbol,
      monthShort: (month: string) => monthShort.format(monthDate(month)),
      monthLong: (month: string) => monthLong.format(monthDate(month)),
    };
  }, [f]);
}

/** An axis from 0 to at least `max` in about `count` round steps (1, 2, 2.5 or 5 times a power of ten). */
export function niceScale(max: number, count = 4): { max: number; ticks: number[] } {
  const target = max > 0 ? max / count : 1;
  const power = 10 ** Math.floor(Math.log10(target));
  const step = ([1, 2, 2.5, 5, 10].find((s) => target <= s * power) ?? 10) * power;
  const top = Math.max(step, Math.ceil(max / step - 1e-9) * step);
  const ticks: number[] = [];
  for (let v = 0; v <= top + step / 2; v += step) ticks.push(Math.round(v * 1e6) / 1e6);
  return { max: top, ticks };
}

/** The decimals that ticks `step` apart need to read differently: 0 for 5, 1 for 2.5 or 0.5, 2 for 0.25. */
export function tickDigits(step: number): number {
  for (let digits = 0; digits < 2; digits++) {
    const scaled = step * 10 ** digits;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-6) return digits;
  }
  return 2;
}

/** Cuts a long label for an axis tick; the tooltip and the table show it whole. */
export function shortLabel(text: string, max = 16): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export interface KeyItem {
  label: string;
  /** How the mark looks: a solid or dashed line, a dot, or a bar. */
  mark: 'line' | 'dashed' | 'dot' | 'bar' | 'dashed-bar';
  paint: string;
}

/** The chart's legend, in HTML beside the drawing: it wraps and reads well in both languages, and costs recharts no layout pass. */
export function ChartKey({ items }: { items: KeyItem[] }) {
  return (
    <ul className="chart-key">
      {items.map((item) => (
        <li key={item.label}>
          <span className={`chart-mark ${item.mark}`} style={{ color: item.paint }} aria-hidden />
          {item.label}
        </li>
      ))}
    </ul>
  );
}

/** The same points as a table: a name per row and its values, one column per measure. */
export interface ChartTable {
  columns: string[];
  rows: { key: string; name: string; cells: string[] }[];
}

/** Charts the person chose to read as tables; kept while the app runs, so the next client opens the same way. */
const shownAsTable = new Set<string>();

/** Before a box is laid out (or in a test's DOM) it has no width: the chart is drawn at this one. */
const FALLBACK_WIDTH = 480;

let drawingsModule: Promise<Drawings> | undefined;
/** The recharts drawings, loaded once: on first need, or when the app is idle after its first screen. */
export function loadDrawings(): Promise<Drawings> {
  drawingsModule ??= import('./drawings').then((m) => m.drawings);
  // A load that failed is tried again the next time a chart needs it.
  drawingsModule.catch(() => (drawingsModule = undefined));
  return drawingsModule;
}

type Idle = (cb: (deadline: { timeRemaining(): number }) => void, o?: { timeout: number }) => number;
/** Runs `run` in an idle moment with at least `needs` ms free (without requestIdleCallback: a little later). */
const whenIdle = (run: () => void, needs = 0): void => {
  const idle = (globalThis as { requestIdleCallback?: Idle }).requestIdleCallback;
  if (!idle) return void setTimeout(run, 200);
  const wait = () => idle((deadline) => (deadline.timeRemaining() >= needs ? run() : wait()));
  wait();
};

// Recharts is not needed for the first screen's numbers. Once the data is in and the app is idle,
// its module is read (one short task); then, until the person first clicks or types, each kind of
// chart is drawn once off screen, one per idle moment, so that the first chart they open runs
// compiled code. A click or key stops the warm-up, so it never stands between a person and an answer.
if (typeof window !== 'undefined') {
  let acted = false;
  const act = () => (acted = true);
  for (const type of ['pointerdown', 'keydown', 'click']) window.addEventListener(type, act, { capture: true, once: true });
  const stop = useApp.subscribe((s) => {
    if (s.status !== 'ready') return;
    stop();
    whenIdle(() => {
      if (drawingsModule) return;
      drawingsModule = import('./drawings').then((m) => {
        const next = (steps: (() => void)[]) => {
          const [step, ...rest] = steps;
          if (step && !acted) whenIdle(() => !acted && (step(), next(rest)), 40);
        };
        next(m.warmUpSteps((run) => whenIdle(run)));
        return m.drawings;
      });
      drawingsModule.catch(() => (drawingsModule = undefined));
    });
  });
}

/** Resolves after the browser has painted what is on screen now (a frame callback runs before the paint; the task after it, once it is on screen). */
function afterPaint(): { done: Promise<void>; cancel: () => void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let frame: number | undefined;
  const done = new Promise<void>((resolve) => {
    const raf = globalThis.requestAnimationFrame?.bind(globalThis);
    if (raf) frame = raf(() => (timer = setTimeout(resolve, 0)));
    else timer = setTimeout(resolve, 16);
  });
  return {
    done,
    cancel: () => {
      if (frame !== undefined) globalThis.cancelAnimationFrame?.(frame);
      clearTimeout(timer);
    },
  };
}

/** Draws a chart with the recharts drawings, at a width; `armed` once the pointer or the keyboard has reached it. */
export type Draw = (drawings: Drawings, width: number, armed: boolean) => ReactNode;

/**
 * The chart's box, at its final height from the first render, so nothing moves when the chart
 * arrives. The drawing waits for the frame after the page's numbers are painted (and for recharts'
 * module), then renders in a transition (input is never held back by it), at the box's width,
 * measured once here rather than by recharts' `responsive` mode (which renders, measures, then
 * renders again); a resize redraws it. The tooltip is mounted when the pointer or focus first comes.
 */
function ChartFrame({ height, draw }: { height: number; draw: Draw }) {
  const box = useRef<HTMLDivElement>(null);
  const { t } = useTranslation();
  const [drawn, setDrawn] = useState<{ width: number; drawings: Drawings } | null>(null);
  const [failed, setFailed] = useState(false);
  const [armed, setArmed] = useState(false);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    let live = true;
    const measure = () => Math.floor(el.clientWidth) || FALLBACK_WIDTH;
    const paint = afterPaint();
    Promise.all([paint.done, loadDrawings()]).then(
      ([, drawings]) => live && startTransition(() => setDrawn({ width: measure(), drawings })),
      () => live && setFailed(true),
    );
    const observer =
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver(() => setDrawn((was) => (was === null || was.width === measure() ? was : { ...was, width: measure() })));
    observer?.observe(el);
    return () => {
      live = false;
      paint.cancel();
      observer?.disconnect();
    };
  }, []);
  const arm = armed ? undefined : () => setArmed(true);
  return (
    <div ref={box} className="chart-frame" style={{ height }} data-drawn={drawn ? 'true' : 'false'} onPointerEnter={arm} onFocusCapture={arm}>
      {drawn && draw(drawn.drawings, drawn.width, armed)}
      {failed && <p className="chart-failed" role="status">{t('charts.failed')}</p>}
    </div>
  );
}

/**
 * A chart in a card: title, legend, the chart (or its empty state), a caption that says what it
 * shows, and the same points as a table ("Show as table"). The table is always in the page for
 * screen readers; the button shows it in place of the drawing.
 */
export function ChartCard({
  id,
  title,
  meta,
  keyItems,
  caption,
  empty,
  table,
  height,
  draw,
  plain,
}: {
  id: string;
  title: string;
  /** A line under the title (a date range). */
  meta?: ReactNode;
  keyItems?: KeyItem[];
  caption?: ReactNode;
  /** When set, shown instead of the chart: what to log to see something. */
  empty?: ReactNode;
  table: ChartTable;
  /** The drawing's height in pixels; its width is the card's. */
  height: number;
  /** Draws the recharts chart (see ChartFrame). */
  draw: Draw;
  /** Inside a card the page already draws (its own heading): no card, no heading of its own. */
  plain?: { labelledBy: string };
}) {
  const { t } = useTranslation();
  const [asTable, setAsTable] = useState(() => shownAsTable.has(id));
  // Remembered for the next time this chart is drawn.
  useLayoutEffect(() => {
    if (asTable) shownAsTable.add(id);
    else shownAsTable.delete(id);
  }, [asTable, id]);
  const titleId = plain?.labelledBy ?? `${id}-title`;
  const toggle = empty ? null : (
    <button type="button" className="btn ghost small chart-toggle" onClick={() => setAsTable((v) => !v)} aria-controls={`${id}-table`}>
      {asTable ? t('charts.showChart') : t('charts.showTable')}
    </button>
  );
  const body = empty ? (
    empty
  ) : (
    <figure className="chart-figure" aria-labelledby={titleId} {...(caption ? { 'aria-describedby': `${id}-caption` } : {})}>
      {!asTable && keyItems && keyItems.length > 0 && <ChartKey items={keyItems} />}
      {!asTable && <ChartFrame height={height} draw={draw} />}
      <table id={`${id}-table`} className={asTable ? 'table chart-table' : 'visually-hidden'}>
        <caption className={asTable ? 'visually-hidden' : undefined}>{title}</caption>
        <thead>
          <tr>
            {table.columns.map((c, i) => (
              <th key={c} scope="col" className={i > 0 ? 'num' : undefined}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.name}</th>
              {r.cells.map((c, i) => (
                <td key={i} className="num">
                  {c}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {caption && (
        <figcaption id={`${id}-caption`} className="chart-caption">
          {caption}
        </figcaption>
      )}
    </figure>
  );
  if (plain) {
    return (
      <div className="chart-plain" data-chart={id}>
        {toggle && <div className="chart-tools">{toggle}</div>}
        {body}
      </div>
    );
  }
  return (
    <section className="card chart-card" aria-labelledby={titleId} data-chart={id}>
      <div className="card-head">
        <div>
          <h2 id={titleId}>{title}</h2>
          {meta}
        </div>
        {toggle}
      </div>
      {body}
    </section>
  );
}

/** The empty state of a chart: what it will show and what to log to see it. */
export function ChartEmpty({ title, body }: { title: string; body: string }) {
  return (
    <div className="chart-empty" role="status">
      <strong>{title}</strong>
      <p>{body}</p>
    </div>
  );
}

/** The box a tooltip shows: a heading (project, client or month) and labelled values. */
export function TooltipBox({ title, rows }: { title: string; rows: { label: string; value: string; tone?: keyof typeof TONE_PAINT | undefined }[] }) {
  return (
    <div className="chart-tooltip">
      <strong>{title}</strong>
      <dl>
        {rows.map((r) => (
          <div key={r.label}>
            <dt>{r.label}</dt>
            <dd className={r.tone ? `tone-${r.tone}` : undefined}>{r.value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

/** What a tooltip says about one row of a chart's data. */
type TipOf<Row> = (row: Row) => { title: string; rows: Parameters<typeof TooltipBox>[0]['rows'] };

/** A recharts tooltip `content` that shows `tipOf` of the row under the pointer or the keyboard (memoise it: recharts compares by reference). */
export function tipContent<Row>(tipOf: TipOf<Row>) {
  return function ChartTip({ active, payload }: { active?: boolean; payload?: readonly { payload?: unknown }[] }) {
    const row = active ? (payload?.[0]?.payload as Row | undefined) : undefined;
    return row ? <TooltipBox {...tipOf(row)} /> : null;
  };
}
