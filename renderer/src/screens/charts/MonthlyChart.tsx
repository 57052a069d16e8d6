import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MonthHoursRevenue } from '#shared/rules';
import { ChartCard, ChartEmpty, niceScale, tickDigits, tipContent, useChartFormat, type Draw } from './chartKit';
import type { MonthlySpec } from './drawings';

const HEIGHT = 280;
const HOURS_PAINT = 'var(--accent)';
const REVENUE_PAINT = 'var(--text)';

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
      // The rate counts only the hours a rate counts (no studio time, no work not measurable yet).
      totalRatedHours: months.reduce((s, r) => s + r.ratedHours, 0),
      nothing: months.every((r) => r.hours === 0 && r.revenue === 0),
    };
  }, [months]);

  const spec = useMemo((): MonthlySpec => {
    const { hoursTicks, moneyTicks, hoursStep, moneyStep } = view;
    const hoursDigits = tickDigits(hoursStep);
    const moneyDigits = tickDigits(moneyStep / 100);
    return {
      title: t('charts.monthly.title', { count: months.length }),
      height: HEIGHT,
      months,
      monthName: f.monthShort,
      xLabel: t('charts.axis.month'),
      hours: { max: hoursTicks.at(-1)!, ticks: hoursTicks, format: (v) => f.number(v, hoursDigits), label: t('charts.axis.hours') },
      money: { max: moneyTicks.at(-1)!, ticks: moneyTicks, format: (v) => f.number(v / 100, moneyDigits), label: t('charts.axis.revenue', { symbol: f.symbol }) },
      hoursName: t('charts.key.hours'),
      revenueName: t('charts.key.revenue'),
      tip: tipContent<MonthHoursRevenue>((r) => ({
        title: f.monthLong(r.month),
        rows: [
          { label: t('charts.tooltip.hours'), value: f.hours(r.hours) },
          { label: t('charts.tooltip.revenue'), value: f.money(r.revenue, true) },
          { label: t('charts.tooltip.rate'), value: r.ratedHours > 0 ? f.rate(r.revenue / r.ratedHours) : '—' },
        ],
      })),
    };
  }, [view, months, t, f]);
  const draw = useCallback<Draw>((d, width, armed) => <d.Monthly spec={spec} width={width} armed={armed} />, [spec]);

  const table = useMemo(
    () => ({
      columns: [t('charts.axis.month'), t('charts.tooltip.hours'), t('charts.tooltip.revenue'), t('charts.tooltip.rate')],
      rows: months.map((r) => ({
        key: r.month,
        name: f.monthLong(r.month),
        cells: [f.hours(r.hours), f.money(r.revenue, true), r.ratedHours > 0 ? f.rate(r.revenue / r.ratedHours) : '—'],
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
        rate: view.totalRatedHours > 0 ? f.rate(view.totalRevenue / view.totalRatedHours) : '—',
      })}
      table={table}
      height={HEIGHT}
      draw={draw}
    />
  );
}
