/**
 * What every chart shares: a card with a title, a key and a caption, an empty state,
 * round axis steps, formatting and the tooltip box (the drawing itself is in plot.tsx).
 * Colours are CSS variables, so the charts follow the light and dark themes.
 */
import { useMemo, type ReactNode } from 'react';
import { localeOf } from '../../../../shared/format';
import type { Language } from '../../../../shared/model';
import { useFormat } from '../../lib/useFormat';

/** The colour of a band, as an SVG paint. */
export const TONE_PAINT = {
  good: 'var(--good)',
  caution: 'var(--caution)',
  bad: 'var(--bad)',
  neutral: 'var(--neutral)',
} as const;

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

/** Cuts a long label for an axis tick; the tooltip shows it whole. */
export function shortLabel(text: string, max = 16): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export interface KeyItem {
  label: string;
  /** How the mark looks: a solid or dashed line, a dot, or a bar. */
  mark: 'line' | 'dashed' | 'dot' | 'bar' | 'dashed-bar';
  paint: string;
}

/** The chart's key, in HTML so that it wraps and reads well in both languages. */
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

/** A chart in a card: title, key, the chart (or its empty state), and a caption that says what it shows. */
export function ChartCard({
  id,
  title,
  keyItems,
  caption,
  empty,
  children,
}: {
  id: string;
  title: string;
  keyItems?: KeyItem[];
  caption?: ReactNode;
  /** When set, shown instead of the chart: what to log to see something. */
  empty?: { title: string; body: string } | null;
  children: ReactNode;
}) {
  return (
    <section className="card chart-card" aria-labelledby={`${id}-title`} data-chart={id}>
      <div className="card-head">
        <h2 id={`${id}-title`}>{title}</h2>
      </div>
      {empty ? (
        <div className="chart-empty" role="status">
          <strong>{empty.title}</strong>
          <p>{empty.body}</p>
        </div>
      ) : (
        <figure className="chart-figure" aria-labelledby={`${id}-title`} {...(caption ? { 'aria-describedby': `${id}-caption` } : {})}>
          {keyItems && keyItems.length > 0 && <ChartKey items={keyItems} />}
          <div className="chart-plot">{children}</div>
          {caption && (
            <figcaption id={`${id}-caption`} className="chart-caption">
              {caption}
            </figcaption>
          )}
        </figure>
      )}
    </section>
  );
}

/** The box a tooltip shows: a heading (project, client or month) and labelled values. */
export function TooltipBox({ title, rows }: { title: string; rows: { label: string; value: string; tone?: keyof typeof TONE_PAINT | undefined }[] }) {
  return (
    <div className="chart-tooltip" role="status">
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
