import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { ForecastMonth } from '../../../../shared/rules';
import { AXIS_STROKE, AXIS_TITLE, ChartCard, AxisTick, niceScale, tickDigits, tipContent, useChartFormat } from '../charts/chartKit';

const HEIGHT = 240;
const MARGIN = { top: 8, right: 8, bottom: 28, left: 8 };
const BAR_RADIUS: [number, number, number, number] = [4, 4, 0, 0];

/** Month names in the user's language (the charts' own, made once): short for the axis, long for the tooltip. */
export function useMonthNames() {
  const f = useChartFormat();
  return useMemo(
    () => ({
      short: f.monthShort,
      long: f.monthLong,
      /** The long name as the start of a line: "Diciembre de 2026". */
      title: (month: string) => {
        const s = f.monthLong(month);
        return s.charAt(0).toUpperCase() + s.slice(1);
      },
    }),
    [f],
  );
}

/**
 * Confirmed money per month (accepted work not invoiced yet and unpaid invoices), in the
 * pipeline's forecast card (`labelledBy` is its heading). Promises never appear here.
 */
export function ForecastChart({ months, labelledBy }: { months: ForecastMonth[]; labelledBy: string }) {
  const { t } = useTranslation();
  const f = useChartFormat();
  const names = useMonthNames();

  const draw = useMemo(() => {
    const y = niceScale(Math.max(100, ...months.map((m) => m.amount)) * 1.05);
    const whole = tickDigits((y.ticks[1] ?? 100) / 100) === 0;
    const tip = tipContent<ForecastMonth>((m) => ({ title: names.title(m.month), rows: [{ label: t('pipeline.chart.series'), value: f.money(m.amount, true) }] }));
    const title = t('pipeline.chart.title');
    return (width: number) => (
      <BarChart width={width} height={HEIGHT} data={months} margin={MARGIN} accessibilityLayer title={title}>
        <CartesianGrid stroke="var(--line)" strokeDasharray="2 4" vertical={false} />
        <XAxis
          dataKey="month"
          tick={AxisTick}
          tickFormatter={names.short}
          interval={months.length > 8 && width < 620 ? 1 : 0}
          stroke={AXIS_STROKE}
          label={{ value: t('pipeline.chart.xAxis'), position: 'insideBottom', offset: -18, ...AXIS_TITLE }}
        />
        <YAxis
          type="number"
          domain={[0, y.max]}
          ticks={y.ticks}
          tick={AxisTick}
          tickFormatter={(v: number) => f.money(v, whole)}
          stroke={AXIS_STROKE}
          width={84}
          label={{ value: t('pipeline.chart.yAxis', { currency: f.currency }), angle: -90, position: 'insideLeft', offset: -2, style: { textAnchor: 'middle' }, ...AXIS_TITLE }}
        />
        <Tooltip cursor={{ fill: 'var(--surface-2)' }} isAnimationActive={false} content={tip} />
        <Bar dataKey="amount" name={t('pipeline.chart.series')} className="chart-bar-confirmed" fill="var(--accent)" radius={BAR_RADIUS} maxBarSize={44} isAnimationActive={false} />
      </BarChart>
    );
  }, [months, names, t, f]);

  const table = useMemo(
    () => ({
      columns: [t('pipeline.chart.xAxis'), t('pipeline.chart.series')],
      rows: months.map((m) => ({ key: m.month, name: names.title(m.month), cells: [f.money(m.amount, true)] })),
    }),
    [months, names, t, f],
  );

  return <ChartCard id="forecast" title={t('pipeline.chart.title')} table={table} height={HEIGHT} draw={draw} plain={{ labelledBy }} />;
}
