import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ForecastMonth } from '#shared/rules';
import { ChartCard, niceScale, tickDigits, tipContent, useChartFormat, type Draw } from '../charts/chartKit';
import type { ForecastSpec } from '../charts/drawings';

const HEIGHT = 240;

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

  const spec = useMemo((): ForecastSpec => {
    const y = niceScale(Math.max(100, ...months.map((m) => m.amount)) * 1.05);
    const whole = tickDigits((y.ticks[1] ?? 100) / 100) === 0;
    return {
      title: t('pipeline.chart.title'),
      height: HEIGHT,
      months,
      monthName: names.short,
      xLabel: t('pipeline.chart.xAxis'),
      y: { ...y, format: (v) => f.money(v, whole), label: t('pipeline.chart.yAxis', { currency: f.currency }) },
      seriesName: t('pipeline.chart.series'),
      tip: tipContent<ForecastMonth>((m) => ({ title: names.title(m.month), rows: [{ label: t('pipeline.chart.series'), value: f.money(m.amount, true) }] })),
    };
  }, [months, names, t, f]);
  const draw = useCallback<Draw>((d, width, armed) => <d.Forecast spec={spec} width={width} armed={armed} />, [spec]);

  const table = useMemo(
    () => ({
      columns: [t('pipeline.chart.xAxis'), t('pipeline.chart.series')],
      rows: months.map((m) => ({ key: m.month, name: names.title(m.month), cells: [f.money(m.amount, true)] })),
    }),
    [months, names, t, f],
  );

  return <ChartCard id="forecast" title={t('pipeline.chart.title')} table={table} height={HEIGHT} draw={draw} plain={{ labelledBy }} />;
}
