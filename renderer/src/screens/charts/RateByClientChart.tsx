import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientRate } from '#shared/rules';
import { ChartCard, ChartEmpty, TONE_PAINT, niceScale, shortLabel, tickDigits, tipContent, useChartFormat, type Draw } from './chartKit';
import type { RateSpec } from './drawings';

/** With more clients than this, the highest and the lowest half each are shown. */
const MAX_BARS = 16;
/** The height of one client's row, in pixels, and what the axes take. */
const BAR_ROW = 30;
const AXES_HEIGHT = 56;

type Row = ClientRate & Partial<Record<'good' | 'caution' | 'bad', number>>;

/** Keeps the chart readable with many clients: the best and the worst, which are the ones to act on. */
export function ratesToShow(rates: ClientRate[]): ClientRate[] {
  if (rates.length <= MAX_BARS) return rates;
  const half = MAX_BARS / 2;
  return [...rates.slice(0, half), ...rates.slice(-half)];
}

/** Effective hourly rate per client, highest first, coloured by band, with the target (solid) and minimum (dashed) lines. */
export function RateByClientChart({
  rates,
  target,
  minimum,
  onOpen,
}: {
  rates: ClientRate[];
  target: number;
  minimum: number;
  onOpen?: (clientId: string) => void;
}) {
  const { t } = useTranslation();
  const f = useChartFormat();

  const view = useMemo(() => {
    // Each band is one series with one paint (no Cell per bar); a client's rate sits in its band's key.
    const rows: Row[] = ratesToShow(rates).map((r) => ({ ...r, [r.band]: r.rate }));
    const x = niceScale(Math.max(target, ...rows.map((r) => r.rate)) * 1.08, 5);
    return { rows, x, height: Math.max(180, rows.length * BAR_ROW) + AXES_HEIGHT, under: rates.filter((r) => r.band === 'bad').length };
  }, [rates, target]);

  const spec = useMemo((): RateSpec => {
    const { rows, x, height } = view;
    const digits = tickDigits((x.ticks[1] ?? 100) / 100);
    const names = new Map(rows.map((r) => [r.clientId, r.name]));
    return {
      title: t('charts.rates.title'),
      height,
      rows,
      clientLabel: (id) => shortLabel(names.get(id) ?? '', 18),
      x: { ...x, format: (v) => f.number(v / 100, digits), label: t('charts.axis.rate', { symbol: f.symbol }) },
      target,
      minimum,
      rateName: t('charts.tooltip.rate'),
      onOpen,
      tip: tipContent<Row>((r) => ({
        title: r.name,
        rows: [
          { label: t('charts.tooltip.rate'), value: f.rate(r.rate), tone: r.band },
          { label: t('charts.tooltip.hours'), value: f.hours(r.hours) },
          { label: t('charts.tooltip.revenue'), value: f.money(r.revenue, true) },
        ],
      })),
    };
  }, [view, t, f, target, minimum, onOpen]);
  const draw = useCallback<Draw>((d, width, armed) => <d.Rate spec={spec} width={width} armed={armed} />, [spec]);

  const table = useMemo(
    () => ({
      columns: [t('charts.axis.client'), t('charts.tooltip.rate'), t('charts.tooltip.hours'), t('charts.tooltip.revenue')],
      rows: view.rows.map((r) => ({ key: r.clientId, name: r.name, cells: [f.rate(r.rate), f.hours(r.hours), f.money(r.revenue, true)] })),
    }),
    [view, t, f],
  );

  const caption = [
    view.under > 0 ? t('charts.rates.captionUnder', { count: view.under, total: rates.length }) : t('charts.rates.captionOk', { count: rates.length }),
    view.rows.length < rates.length ? t('charts.rates.trimmed', { half: MAX_BARS / 2, total: rates.length }) : '',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <ChartCard
      id="rate-by-client"
      title={t('charts.rates.title')}
      empty={rates.length === 0 ? <ChartEmpty title={t('charts.rates.emptyTitle')} body={t('charts.rates.emptyBody')} /> : null}
      keyItems={[
        { label: t('charts.key.target', { rate: f.rate(target) }), mark: 'line', paint: TONE_PAINT.good },
        { label: t('charts.key.minimum', { rate: f.rate(minimum) }), mark: 'dashed', paint: TONE_PAINT.bad },
        { label: t('charts.key.between'), mark: 'bar', paint: TONE_PAINT.caution },
      ]}
      caption={caption}
      table={table}
      height={view.height}
      draw={draw}
    />
  );
}
