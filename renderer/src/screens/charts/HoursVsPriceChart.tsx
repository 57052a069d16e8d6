import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { rateBand, type HoursVsPrice, type HoursVsPricePoint } from '#shared/rules';
import { ChartCard, ChartEmpty, TONE_PAINT, niceScale, tickDigits, tipContent, useChartFormat, type Draw } from './chartKit';
import type { HoursVsPriceSpec } from './drawings';

const HEIGHT = 280;
type Tone = 'good' | 'caution' | 'bad';

/**
 * One point per project: hours logged against what it pays, with the lines price =
 * target rate x hours (solid) and price = minimum rate x hours (dashed). Points under
 * the minimum line are in the bad colour.
 */
export function HoursVsPriceChart({ chart }: { chart: HoursVsPrice }) {
  const { t } = useTranslation();
  const f = useChartFormat();
  const { points, targetSlope, minimumSlope } = chart;

  const view = useMemo(() => {
    const settings = { targetHourlyRate: targetSlope, minimumHourlyRate: minimumSlope };
    const toneOf = (p: HoursVsPricePoint): Tone => (p.underMinimum ? 'bad' : rateBand(p.rate, settings));
    // One series per colour, rather than a Cell per point: recharts draws each series with one paint.
    const byTone: Record<Tone, HoursVsPricePoint[]> = { good: [], caution: [], bad: [] };
    for (const p of points) byTone[toneOf(p)].push(p);
    // The axes fit the points (and the dashed minimum line); the target line may leave through the top.
    const x = niceScale(Math.max(1, ...points.map((p) => p.hours)) * 1.08);
    const y = niceScale(Math.max(100, ...points.map((p) => p.price), minimumSlope * x.max) * 1.08);
    return { toneOf, byTone, x, y, under: points.filter((p) => p.underMinimum).length };
  }, [points, targetSlope, minimumSlope]);

  const spec = useMemo((): HoursVsPriceSpec => {
    const { toneOf, byTone, x, y } = view;
    const xDigits = tickDigits(x.ticks[1] ?? 1);
    const yDigits = tickDigits((y.ticks[1] ?? 100) / 100);
    return {
      title: t('charts.hoursVsPrice.title'),
      height: HEIGHT,
      byTone,
      x: { ...x, format: (v) => f.number(v, xDigits), label: t('charts.axis.hours') },
      y: { ...y, format: (v) => f.number(v / 100, yDigits), label: t('charts.axis.price', { symbol: f.symbol }) },
      targetSlope,
      minimumSlope,
      tip: tipContent<HoursVsPricePoint>((p) => ({
        title: p.title,
        rows: [
          { label: t('charts.tooltip.hours'), value: f.hours(p.hours) },
          { label: t('charts.tooltip.price'), value: f.money(p.price, true) },
          { label: t('charts.tooltip.rate'), value: f.rate(p.rate), tone: toneOf(p) },
        ],
      })),
    };
  }, [view, t, f, targetSlope, minimumSlope]);
  const draw = useCallback<Draw>((d, width, armed) => <d.HoursVsPrice spec={spec} width={width} armed={armed} />, [spec]);

  const table = useMemo(
    () => ({
      columns: [t('charts.axis.project'), t('charts.tooltip.hours'), t('charts.tooltip.price'), t('charts.tooltip.rate')],
      rows: points.map((p) => ({ key: p.projectId, name: p.title, cells: [f.hours(p.hours), f.money(p.price, true), f.rate(p.rate)] })),
    }),
    [points, t, f],
  );

  return (
    <ChartCard
      id="hours-vs-price"
      title={t('charts.hoursVsPrice.title')}
      empty={points.length === 0 ? <ChartEmpty title={t('charts.hoursVsPrice.emptyTitle')} body={t('charts.hoursVsPrice.emptyBody')} /> : null}
      keyItems={[
        { label: t('charts.key.target', { rate: f.rate(targetSlope) }), mark: 'line', paint: TONE_PAINT.good },
        { label: t('charts.key.minimum', { rate: f.rate(minimumSlope) }), mark: 'dashed', paint: TONE_PAINT.bad },
        { label: t('charts.key.underMinimum'), mark: 'dot', paint: TONE_PAINT.bad },
      ]}
      caption={
        view.under > 0
          ? t('charts.hoursVsPrice.captionUnder', { count: view.under, total: points.length })
          : t('charts.hoursVsPrice.captionOk', { count: points.length })
      }
      table={table}
      height={HEIGHT}
      draw={draw}
    />
  );
}
