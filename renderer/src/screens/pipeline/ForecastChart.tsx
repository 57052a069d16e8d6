import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { BarChart, Bar, XAxis, YAxis, Tooltip, CartesianGrid, ResponsiveContainer } from 'recharts';
import type { ForecastMonth } from '../../../../shared/rules';
import { localeOf } from '../../../../shared/format';
import { useFormat } from '../../lib/useFormat';

/** `2026-12` as a date in the middle of that month, for Intl. */
function monthDate(month: string): Date {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1, 15));
}

/** Month names in the user's language: short for the axis, long for the tooltip. */
export function useMonthNames() {
  const { language } = useFormat();
  return useMemo(() => {
    const short = new Intl.DateTimeFormat(localeOf(language), { month: 'short', year: '2-digit', timeZone: 'UTC' });
    const long = new Intl.DateTimeFormat(localeOf(language), { month: 'long', year: 'numeric', timeZone: 'UTC' });
    return {
      short: (month: string) => short.format(monthDate(month)),
      long: (month: string) => long.format(monthDate(month)),
      /** The long name as the start of a line: "Diciembre de 2026". */
      title: (month: string) => {
        const s = long.format(monthDate(month));
        return s.charAt(0).toUpperCase() + s.slice(1);
      },
    };
  }, [language]);
}

/**
 * Confirmed money per month (accepted work not invoiced yet and unpaid invoices).
 * Promises never appear here. `width`/`height` fix the size (tests); else it fills its box.
 */
export function ForecastChart({ months, width, height = 260 }: { months: ForecastMonth[]; width?: number; height?: number }) {
  const { t } = useTranslation();
  const f = useFormat();
  const names = useMonthNames();
  const rows = months.map((m) => ({ month: m.month, amount: m.amount / 100 }));

  const chart = (
    <BarChart
      data={rows}
      {...(width ? { width, height } : {})}
      margin={{ top: 8, right: 8, bottom: 24, left: 24 }}
      accessibilityLayer
    >
      <CartesianGrid vertical={false} className="chart-grid" />
      <XAxis
        dataKey="month"
        tickFormatter={(m: string) => names.short(m)}
        tickLine={false}
        label={{ value: t('pipeline.chart.xAxis'), position: 'insideBottom', offset: -16, className: 'chart-axis-label' }}
      />
      <YAxis
        tickFormatter={(v: number) => f.money(v * 100, true)}
        tickLine={false}
        axisLine={false}
        width={84}
        label={{ value: t('pipeline.chart.yAxis', { currency: f.currency }), angle: -90, position: 'insideLeft', offset: -16, className: 'chart-axis-label', style: { textAnchor: 'middle' } }}
      />
      <Tooltip
        cursor={{ className: 'chart-cursor' }}
        labelFormatter={(m) => names.title(String(m))}
        formatter={(v) => [f.money(Number(v) * 100), t('pipeline.chart.series')]}
        contentStyle={{ background: 'var(--surface)', border: '1px solid var(--line)', borderRadius: 8, color: 'var(--text)' }}
        labelStyle={{ fontWeight: 600, color: 'var(--text)' }}
        itemStyle={{ color: 'var(--text)' }}
      />
      <Bar dataKey="amount" name={t('pipeline.chart.series')} className="chart-bar-confirmed" radius={[4, 4, 0, 0]} isAnimationActive={false} />
    </BarChart>
  );

  return (
    <figure className="chart" aria-labelledby="forecast-chart-title">
      {width ? chart : <ResponsiveContainer width="100%" height={height}>{chart}</ResponsiveContainer>}
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
