import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, ReferenceLine, Scatter, ScatterChart, Tooltip, XAxis, YAxis, ZAxis } from 'recharts';
import { rateBand, type HoursVsPrice, type HoursVsPricePoint } from '../../../../shared/rules';
import { AXIS_STROKE, AXIS_TITLE, ChartCard, ChartEmpty, DASH, AxisTick, TONE_PAINT, niceScale, tickDigits, tipContent, useChartFormat } from './chartKit';

const HEIGHT = 280;
const MARGIN = { top: 8, right: 16, bottom: 28, left: 8 };
/** Every point the same size (recharts scales symbols by a Z axis otherwise). */
const POINT_AREA: [number, number] = [80, 80];
const TONES = ['good', 'caution', 'bad'] as const;
type Tone = (typeof TONES)[number];

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

  const draw = useMemo(() => {
    const { toneOf, byTone, x, y } = view;
    const xDigits = tickDigits(x.ticks[1] ?? 1);
    const yDigits = tickDigits((y.ticks[1] ?? 100) / 100);
    const tip = tipContent<HoursVsPricePoint>((p) => ({
      title: p.title,
      rows: [
        { label: t('charts.tooltip.hours'), value: f.hours(p.hours) },
        { label: t('charts.tooltip.price'), value: f.money(p.price, true) },
        { label: t('charts.tooltip.rate'), value: f.rate(p.rate), tone: toneOf(p) },
      ],
    }));
    const title = t('charts.hoursVsPrice.title');
    return (width: number) => (
      <ScatterChart width={width} height={HEIGHT} margin={MARGIN} accessibilityLayer title={title}>
        <CartesianGrid stroke="var(--line)" strokeDasharray="2 4" />
        <XAxis
          type="number"
          dataKey="hours"
          name={t('charts.tooltip.hours')}
          domain={[0, x.max]}
          ticks={x.ticks}
          allowDataOverflow
          tick={AxisTick}
          tickFormatter={(v: number) => f.number(v, xDigits)}
          stroke={AXIS_STROKE}
          label={{ value: t('charts.axis.hours'), position: 'insideBottom', offset: -18, ...AXIS_TITLE }}
        />
        <YAxis
          type="number"
          dataKey="price"
          name={t('charts.tooltip.price')}
          domain={[0, y.max]}
          ticks={y.ticks}
          allowDataOverflow
          tick={AxisTick}
          tickFormatter={(v: number) => f.number(v / 100, yDigits)}
          stroke={AXIS_STROKE}
          width={64}
          label={{ value: t('charts.axis.price', { symbol: f.symbol }), angle: -90, position: 'insideLeft', offset: 4, style: { textAnchor: 'middle' }, ...AXIS_TITLE }}
        />
        <ZAxis range={POINT_AREA} />
        <ReferenceLine
          segment={[{ x: 0, y: 0 }, { x: x.max, y: targetSlope * x.max }]}
          stroke={TONE_PAINT.good}
          strokeWidth={1.5}
          ifOverflow="hidden"
          className="line-target"
        />
        <ReferenceLine
          segment={[{ x: 0, y: 0 }, { x: x.max, y: minimumSlope * x.max }]}
          stroke={TONE_PAINT.bad}
          strokeWidth={1.5}
          strokeDasharray={DASH}
          ifOverflow="hidden"
          className="line-minimum"
        />
        <Tooltip cursor={{ stroke: AXIS_STROKE, strokeDasharray: '3 3' }} isAnimationActive={false} content={tip} />
        {TONES.filter((tone) => byTone[tone].length > 0).map((tone) => (
          <Scatter
            key={tone}
            className={`points-${tone}`}
            data={byTone[tone]}
            fill={TONE_PAINT[tone]}
            stroke="var(--surface)"
            strokeWidth={1.5}
            isAnimationActive={false}
          />
        ))}
      </ScatterChart>
    );
  }, [view, t, f, targetSlope, minimumSlope]);

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
