import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, CartesianGrid, ComposedChart, Line, Tooltip, XAxis, YAxis } from 'recharts';
import type { MonthHoursRevenue } from '../../../../shared/rules';
import { AXIS_STROKE, AXIS_TITLE, ChartCard, ChartEmpty, AxisTick, niceScale, tickDigits, tipContent, useChartFormat } from './chartKit';

const HEIGHT = 280;
const MARGIN = { top: 8, right: 8, bottom: 28, left: 8 };
const BAR_RADIUS: [number, number, number, number] = [3, 3, 0, 0];
const HOURS_PAINT = 'var(--accent)';
const REVENUE_PAINT = 'var(--text)';
const REVENUE_DOT = { r: 3, fill: REVENUE_PAINT, strokeWidth: 0 };
const REVENUE_ACTIVE_DOT = { r: 5 };

/** Hours logged (bars, left axis) and revenue (line, right axis) over the last months. */
export function MonthlyChart({ months }: { months: MonthHoursRevenue[] }) {
  const { t } = useTranslation();
  const f = useChartFormat();

  const view = useMemo(() => {
    // Both axes get the same number of steps, so their grid lines coincide.
    const hoursAxis = niceScale(Math.max(1, ...months.map((r) => r.hours)) * 1.05);
    const moneyAxis = niceScale(Math.max(100, ...months.map((r) => r.revenue)) * 1.05);
    const steps = Math.max(hoursAxis.ticks.length, moneyAxis.ticks.length) - 1;
    const hoursStep = hoursAxis.ticks[1] ?? 1;
    const moneyStep = moneyAxis.ticks[1] ?? 1;
    return {
      hoursStep,
      moneyStep,
      hoursTicks: Array.from({ length: steps + 1 }, (_, i) => i * hoursStep),
      moneyTicks: Array.from({ length: steps + 1 }, (_, i) => i * moneyStep),
      totalHours: months.reduce((s, r) => s + r.hours, 0),
      totalRevenue: months.reduce((s, r) => s + r.revenue, 0),
      nothing: months.every((r) => r.hours === 0 && r.revenue === 0),
    };
  }, [months]);

  const draw = useMemo(() => {
    const { hoursTicks, moneyTicks, hoursStep, moneyStep } = view;
    const hoursDigits = tickDigits(hoursStep);
    const moneyDigits = tickDigits(moneyStep / 100);
    const tip = tipContent<MonthHoursRevenue>((r) => ({
      title: f.monthLong(r.month),
      rows: [
        { label: t('charts.tooltip.hours'), value: f.hours(r.hours) },
        { label: t('charts.tooltip.revenue'), value: f.money(r.revenue, true) },
        { label: t('charts.tooltip.rate'), value: r.hours > 0 ? f.rate(r.revenue / r.hours) : '—' },
      ],
    }));
    const title = t('charts.monthly.title', { count: months.length });
    return (width: number) => (
      <ComposedChart width={width} height={HEIGHT} data={months} margin={MARGIN} accessibilityLayer title={title}>
        <CartesianGrid stroke="var(--line)" strokeDasharray="2 4" vertical={false} />
        <XAxis
          dataKey="month"
          tick={AxisTick}
          tickFormatter={f.monthShort}
          // One month in two when twelve names would not fit side by side (a fixed step: recharts measures nothing).
          interval={months.length > 8 && width < 620 ? 1 : 0}
          stroke={AXIS_STROKE}
          label={{ value: t('charts.axis.month'), position: 'insideBottom', offset: -18, ...AXIS_TITLE }}
        />
        <YAxis
          yAxisId="hours"
          type="number"
          domain={[0, hoursTicks.at(-1)!]}
          ticks={hoursTicks}
          tick={AxisTick}
          tickFormatter={(v: number) => f.number(v, hoursDigits)}
          stroke={AXIS_STROKE}
          width={52}
          label={{ value: t('charts.axis.hours'), angle: -90, position: 'insideLeft', offset: 4, style: { textAnchor: 'middle' }, ...AXIS_TITLE }}
        />
        <YAxis
          yAxisId="money"
          orientation="right"
          type="number"
          domain={[0, moneyTicks.at(-1)!]}
          ticks={moneyTicks}
          tick={AxisTick}
          tickFormatter={(v: number) => f.number(v / 100, moneyDigits)}
          stroke={AXIS_STROKE}
          width={68}
          label={{ value: t('charts.axis.revenue', { symbol: f.symbol }), angle: 90, position: 'insideRight', offset: 4, style: { textAnchor: 'middle' }, ...AXIS_TITLE }}
        />
        <Tooltip cursor={{ fill: 'var(--surface-2)' }} isAnimationActive={false} content={tip} />
        <Bar
          yAxisId="hours"
          dataKey="hours"
          name={t('charts.key.hours')}
          className="bars-hours"
          fill={HOURS_PAINT}
          fillOpacity={0.35}
          stroke={HOURS_PAINT}
          maxBarSize={28}
          radius={BAR_RADIUS}
          isAnimationActive={false}
        />
        <Line
          yAxisId="money"
          dataKey="revenue"
          name={t('charts.key.revenue')}
          className="line-revenue"
          stroke={REVENUE_PAINT}
          strokeWidth={2}
          dot={REVENUE_DOT}
          activeDot={REVENUE_ACTIVE_DOT}
          isAnimationActive={false}
        />
      </ComposedChart>
    );
  }, [view, months, t, f]);

  const table = useMemo(
    () => ({
      columns: [t('charts.axis.month'), t('charts.tooltip.hours'), t('charts.tooltip.revenue'), t('charts.tooltip.rate')],
      rows: months.map((r) => ({
        key: r.month,
        name: f.monthLong(r.month),
        cells: [f.hours(r.hours), f.money(r.revenue, true), r.hours > 0 ? f.rate(r.revenue / r.hours) : '—'],
      })),
    }),
    [months, t, f],
  );

  return (
    <ChartCard
      id="monthly"
      title={t('charts.monthly.title', { count: months.length })}
      empty={view.nothing ? <ChartEmpty title={t('charts.monthly.emptyTitle')} body={t('charts.monthly.emptyBody')} /> : null}
      keyItems={[
        { label: t('charts.key.hours'), mark: 'bar', paint: HOURS_PAINT },
        { label: t('charts.key.revenue'), mark: 'line', paint: REVENUE_PAINT },
      ]}
      caption={t('charts.monthly.caption', {
        hours: f.hours(view.totalHours, 0),
        revenue: f.money(view.totalRevenue, true),
        rate: view.totalHours > 0 ? f.rate(view.totalRevenue / view.totalHours) : '—',
      })}
      table={table}
      height={HEIGHT}
      draw={draw}
    />
  );
}
