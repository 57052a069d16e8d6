import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { rateBand, type HoursVsPrice, type HoursVsPricePoint } from '../../../../shared/rules';
import { ChartCard, TONE_PAINT, niceScale, tickDigits, useChartFormat } from './chartKit';
import { Plot, markLabel, percent, ratio, share, useMarks, type Tip } from './plot';

/**
 * One point per project: hours logged against what it pays, with the lines price =
 * target rate x hours (solid) and price = minimum rate x hours (dashed). Points under
 * the minimum line are in the bad colour.
 */
export function HoursVsPriceChart({ chart }: { chart: HoursVsPrice }) {
  const { t } = useTranslation();
  const f = useChartFormat();
  const { points, targetSlope, minimumSlope } = chart;
  const settings = { targetHourlyRate: targetSlope, minimumHourlyRate: minimumSlope };

  // The axes fit the points (and the dashed minimum line); the target line may leave through the top.
  const { x, y } = useMemo(() => {
    const xs = niceScale(Math.max(1, ...points.map((p) => p.hours)) * 1.08);
    const ys = niceScale(Math.max(100, ...points.map((p) => p.price), minimumSlope * xs.max) * 1.08);
    return { x: xs, y: ys };
  }, [points, minimumSlope]);
  const xMax = x.max;

  const under = points.filter((p) => p.underMinimum).length;
  const toneOf = (p: HoursVsPricePoint) => (p.underMinimum ? 'bad' : rateBand(p.rate, settings));
  const paintOf = (p: HoursVsPricePoint) => TONE_PAINT[toneOf(p)];
  // Left to right, as the arrow keys move.
  const byHours = useMemo(() => [...points].sort((a, b) => a.hours - b.hours), [points]);
  const { shown, markProps } = useMarks(byHours.map((p) => p.projectId));
  const at = (p: HoursVsPricePoint): [number, number] => [share(p.hours, xMax), share(p.price, y.max)];
  const tipOf = (p: HoursVsPricePoint): Omit<Tip, 'at'> => ({
    title: p.title,
    rows: [
      { label: t('charts.tooltip.hours'), value: f.hours(p.hours) },
      { label: t('charts.tooltip.price'), value: f.money(p.price, true) },
      { label: t('charts.tooltip.rate'), value: f.rate(p.rate), tone: toneOf(p) },
    ],
  });

  return (
    <ChartCard
      id="hours-vs-price"
      title={t('charts.hoursVsPrice.title')}
      empty={points.length === 0 ? { title: t('charts.hoursVsPrice.emptyTitle'), body: t('charts.hoursVsPrice.emptyBody') } : null}
      keyItems={[
        { label: t('charts.key.target', { rate: f.rate(targetSlope) }), mark: 'line', paint: TONE_PAINT.good },
        { label: t('charts.key.minimum', { rate: f.rate(minimumSlope) }), mark: 'dashed', paint: TONE_PAINT.bad },
        { label: t('charts.key.underMinimum'), mark: 'dot', paint: TONE_PAINT.bad },
      ]}
      caption={
        under > 0
          ? t('charts.hoursVsPrice.captionUnder', { count: under, total: points.length })
          : t('charts.hoursVsPrice.captionOk', { count: points.length })
      }
    >
      <Plot
        label={t('charts.hoursVsPrice.title')}
        x={{ ...x, format: (v) => f.number(v, tickDigits(x.ticks[1] ?? 1)), label: t('charts.axis.hours') }}
        y={{ ...y, format: (v) => f.number(v / 100, tickDigits((y.ticks[1] ?? 100) / 100)), label: t('charts.axis.price', { symbol: f.symbol }) }}
        lines={[
          { className: 'line-target', points: [[0, 0], [1, ratio(targetSlope * xMax, y.max)]], paint: TONE_PAINT.good },
          { className: 'line-minimum', points: [[0, 0], [1, ratio(minimumSlope * xMax, y.max)]], paint: TONE_PAINT.bad, dashed: true },
        ]}
        tip={shown === null ? null : { at: at(byHours[shown]!), ...tipOf(byHours[shown]!) }}
      >
        {byHours.map((p, i) => {
          const [sx, sy] = at(p);
          return (
            <button
              key={p.projectId}
              {...markProps(i)}
              className="plot-dot"
              style={{ left: percent(sx), bottom: percent(sy), color: paintOf(p) }}
              aria-label={markLabel(tipOf(p))}
              data-project={p.title}
              data-tone={toneOf(p)}
            />
          );
        })}
      </Plot>
    </ChartCard>
  );
}
