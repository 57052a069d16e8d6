import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, ReferenceLine, Scatter, ScatterChart, Tooltip, XAxis, YAxis, ZAxis } from 'recharts';
import { rateBand, type HoursVsPrice, type HoursVsPricePoint } from '../../../../shared/rules';
import { AXIS_LABEL, ChartCard, GRID_STROKE, TICK, TONE_PAINT, TooltipBox, chartSize, niceScale, useChartFormat } from './chartKit';

const HEIGHT = 300;

/**
 * One point per project: hours logged against what it pays, with the lines price =
 * target rate x hours (solid) and price = minimum rate x hours (dashed). Points under
 * the minimum line are in the bad colour.
 */
export function HoursVsPriceChart({ chart, width }: { chart: HoursVsPrice; width?: number | undefined }) {
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
  const paintOf = (p: HoursVsPricePoint) => (p.underMinimum ? TONE_PAINT.bad : TONE_PAINT[rateBand(p.rate, settings)]);

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
      <ScatterChart {...chartSize(HEIGHT, width)} margin={{ top: 8, right: 16, bottom: 28, left: 16 }}>
        <CartesianGrid stroke={GRID_STROKE} strokeDasharray="2 4" />
        <XAxis
          type="number"
          dataKey="hours"
          name={t('charts.hoursVsPrice.x')}
          domain={[0, xMax]}
          ticks={x.ticks}
          allowDataOverflow
          tick={TICK}
          tickFormatter={(v: number) => f.number(v, 1)}
          stroke="var(--line-strong)"
          label={{ value: t('charts.axis.hours'), position: 'insideBottom', offset: -16, ...AXIS_LABEL }}
        />
        <YAxis
          type="number"
          dataKey="price"
          name={t('charts.hoursVsPrice.y')}
          domain={[0, y.max]}
          ticks={y.ticks}
          allowDataOverflow
          tick={TICK}
          tickFormatter={(v: number) => f.major(v)}
          stroke="var(--line-strong)"
          width={64}
          label={{ value: t('charts.axis.price', { symbol: f.symbol }), angle: -90, position: 'insideLeft', offset: -4, style: { textAnchor: 'middle' }, ...AXIS_LABEL }}
        />
        <ZAxis range={[90, 90]} />
        <ReferenceLine
          segment={[{ x: 0, y: 0 }, { x: xMax, y: targetSlope * xMax }]}
          stroke={TONE_PAINT.good}
          strokeWidth={1.5}
          ifOverflow="hidden"
          className="line-target"
        />
        <ReferenceLine
          segment={[{ x: 0, y: 0 }, { x: xMax, y: minimumSlope * xMax }]}
          stroke={TONE_PAINT.bad}
          strokeWidth={1.5}
          strokeDasharray="6 5"
          ifOverflow="hidden"
          className="line-minimum"
        />
        <Tooltip
          cursor={{ stroke: 'var(--line-strong)', strokeDasharray: '3 3' }}
          isAnimationActive={false}
          content={({ active, payload }) => {
            const p = active ? (payload?.[0]?.payload as HoursVsPricePoint | undefined) : undefined;
            if (!p) return null;
            return (
              <TooltipBox
                title={p.title}
                rows={[
                  { label: t('charts.tooltip.hours'), value: f.hours(p.hours) },
                  { label: t('charts.tooltip.price'), value: f.money(p.price, true) },
                  { label: t('charts.tooltip.rate'), value: f.rate(p.rate), tone: p.underMinimum ? 'bad' : rateBand(p.rate, settings) },
                ]}
              />
            );
          }}
        />
        <Scatter
          data={points}
          isAnimationActive={false}
          shape={(props: { cx?: number | undefined; cy?: number | undefined; payload?: HoursVsPricePoint }) => {
            const p = props.payload;
            if (!p || props.cx === undefined || props.cy === undefined) return <g />;
            return (
              <circle
                cx={props.cx}
                cy={props.cy}
                r={6}
                fill={paintOf(p)}
                stroke="var(--surface)"
                strokeWidth={1.5}
                data-project={p.title}
                data-tone={p.underMinimum ? 'bad' : rateBand(p.rate, settings)}
              />
            );
          }}
        />
      </ScatterChart>
    </ChartCard>
  );
}
