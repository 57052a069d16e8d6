import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ForecastMonth } from '../../../../shared/rules';
import { useFormat } from '../../lib/useFormat';
import { niceScale, tickDigits, useChartFormat } from '../charts/chartKit';
import { Plot, bandCentre, markLabel, percent, share, useMarks, type Tip } from '../charts/plot';

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
 * Confirmed money per month (accepted work not invoiced yet and unpaid invoices).
 * Promises never appear here. It fills its card's width.
 */
export function ForecastChart({ months }: { months: ForecastMonth[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const names = useMonthNames();
  const y = niceScale(Math.max(100, ...months.map((m) => m.amount)) * 1.05);
  const { shown, markProps } = useMarks(months.map((m) => m.month));
  const tipOf = (m: ForecastMonth): Omit<Tip, 'at'> => ({ title: names.title(m.month), rows: [{ label: t('pipeline.chart.series'), value: f.money(m.amount, true) }] });

  const chart = (
    <Plot
      label={t('pipeline.chart.title')}
      x={{ bands: months.map((m) => names.short(m.month)), label: t('pipeline.chart.xAxis'), every: months.length > 8 ? 2 : 1 }}
      y={{ ...y, format: (v) => f.money(v, tickDigits((y.ticks[1] ?? 100) / 100) === 0), label: t('pipeline.chart.yAxis', { currency: f.currency }) }}
      height={210}
      tip={shown === null ? null : { at: [bandCentre(shown, months.length), share(months[shown]!.amount, y.max)], ...tipOf(months[shown]!) }}
    >
      <div className="plot-bands">
        {months.map((m, i) => (
          <button key={m.month} {...markProps(i)} className="plot-band" aria-label={markLabel(tipOf(m))} data-month={m.month}>
            <span className="plot-band-bars">
              {m.amount > 0 && <span className="plot-bar chart-bar-confirmed" style={{ height: percent(share(m.amount, y.max)) }} />}
            </span>
          </button>
        ))}
      </div>
    </Plot>
  );

  return (
    <figure className="chart" aria-labelledby="forecast-chart-title">
      {chart}
      <table className="visually-hidden">
        <caption>{t('pipeline.chart.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('pipeline.chart.xAxis')}</th>
            <th scope="col">{t('pipeline.chart.series')}</th>
          </tr>
        </thead>
        <tbody>
          {months.map((m) => (
            <tr key={m.month}>
              <th scope="row">{names.title(m.month)}</th>
              <td>{f.money(m.amount, true)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
