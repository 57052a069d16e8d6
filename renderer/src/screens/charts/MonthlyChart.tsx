import { useTranslation } from 'react-i18next';
import type { MonthHoursRevenue } from '../../../../shared/rules';
import { ChartCard, niceScale, tickDigits, useChartFormat } from './chartKit';
import { Plot, bandCentre, markLabel, percent, share, useMarks, type Tip } from './plot';

const HOURS_PAINT = 'var(--accent)';
const REVENUE_PAINT = 'var(--text)';

interface Row extends MonthHoursRevenue {
  label: string;
}

/** Hours logged (bars, left axis) and revenue (line, right axis) over the last months. */
export function MonthlyChart({ months }: { months: MonthHoursRevenue[] }) {
  const { t } = useTranslation();
  const f = useChartFormat();
  const rows: Row[] = months.map((m) => ({ ...m, label: f.monthShort(m.month) }));
  const nothing = rows.every((r) => r.hours === 0 && r.revenue === 0);
  // Both axes get the same number of steps, so their grid lines coincide.
  const hoursAxis = niceScale(Math.max(1, ...rows.map((r) => r.hours)) * 1.05);
  const moneyAxis = niceScale(Math.max(100, ...rows.map((r) => r.revenue)) * 1.05);
  const steps = Math.max(hoursAxis.ticks.length, moneyAxis.ticks.length) - 1;
  const hoursStep = hoursAxis.ticks[1] ?? 1;
  const moneyStep = moneyAxis.ticks[1] ?? 1;
  const hoursTicks = Array.from({ length: steps + 1 }, (_, i) => i * hoursStep);
  const moneyTicks = Array.from({ length: steps + 1 }, (_, i) => i * moneyStep);
  const hoursMax = hoursTicks[steps]!;
  const moneyMax = moneyTicks[steps]!;
  const revenueAt = rows.map((r, i): [number, number] => [bandCentre(i, rows.length), share(r.revenue, moneyMax)]);
  const { shown: active, markProps } = useMarks(rows.map((r) => r.month));
  const tipOf = (r: Row): Omit<Tip, 'at'> => ({
    title: f.monthLong(r.month),
    rows: [
      { label: t('charts.tooltip.hours'), value: f.hours(r.hours) },
      { label: t('charts.tooltip.revenue'), value: f.money(r.revenue, true) },
      // The rate counts only the hours a rate counts (no studio time, no work not measurable yet).
      { label: t('charts.tooltip.rate'), value: r.ratedHours > 0 ? f.rate(r.revenue / r.ratedHours) : '—' },
    ],
  });
  const totalHours = rows.reduce((s, r) => s + r.hours, 0);
  const totalRevenue = rows.reduce((s, r) => s + r.revenue, 0);
  const totalRatedHours = rows.reduce((s, r) => s + r.ratedHours, 0);

  return (
    <ChartCard
      id="monthly"
      title={t('charts.monthly.title', { count: rows.length })}
      empty={nothing ? { title: t('charts.monthly.emptyTitle'), body: t('charts.monthly.emptyBody') } : null}
      keyItems={[
        { label: t('charts.key.hours'), mark: 'bar', paint: HOURS_PAINT },
        { label: t('charts.key.revenue'), mark: 'line', paint: REVENUE_PAINT },
      ]}
      caption={t('charts.monthly.caption', {
        hours: f.hours(totalHours, 0),
        revenue: f.money(totalRevenue, true),
        rate: totalRatedHours > 0 ? f.rate(totalRevenue / totalRatedHours) : '—',
      })}
    >
      <Plot
        label={t('charts.monthly.title', { count: rows.length })}
        x={{ bands: rows.map((r) => r.label), label: t('charts.axis.month'), every: rows.length > 8 ? 2 : 1 }}
        y={{ max: hoursMax, ticks: hoursTicks, format: (v) => f.number(v, tickDigits(hoursStep)), label: t('charts.axis.hours') }}
        y2={{ max: moneyMax, ticks: moneyTicks, format: (v) => f.number(v / 100, tickDigits(moneyStep / 100)), label: t('charts.axis.revenue', { symbol: f.symbol }) }}
        lines={[{ className: 'line-revenue', points: revenueAt, paint: REVENUE_PAINT, width: 2, over: true }]}
        tip={active === null ? null : { at: [bandCentre(active, rows.length), Math.max(share(rows[active]!.hours, hoursMax), revenueAt[active]![1])], ...tipOf(rows[active]!) }}
      >
        <div className="plot-bands">
          {rows.map((r, i) => (
            <button key={r.month} {...markProps(i)} className="plot-band" aria-label={markLabel(tipOf(r))} data-month={r.month}>
              <span className="plot-band-bars">
                {r.hours > 0 && <span className="plot-bar hours" style={{ height: percent(share(r.hours, hoursMax)) }} />}
              </span>
            </button>
          ))}
        </div>
        {revenueAt.map(([px, py], i) => (
          <span key={rows[i]!.month} className="plot-point" style={{ left: percent(px), bottom: percent(py) }} aria-hidden />
        ))}
      </Plot>
    </ChartCard>
  );
}
