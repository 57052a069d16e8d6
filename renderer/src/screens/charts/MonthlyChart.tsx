import { useTranslation } from 'react-i18next';
import { Bar, CartesianGrid, ComposedChart, Line, Tooltip, XAxis, YAxis } from 'recharts';
import type { MonthHoursRevenue } from '../../../../shared/rules';
import { AXIS_LABEL, ChartCard, GRID_STROKE, TICK, TooltipBox, chartSize, niceScale, useChartFormat } from './chartKit';

const HEIGHT = 300;
const HOURS_PAINT = 'var(--accent)';
const REVENUE_PAINT = 'var(--text)';

interface Row extends MonthHoursRevenue {
  label: string;
}

/** Hours logged (bars, left axis) and revenue (line, right axis) over the last months. */
export function MonthlyChart({ months, width }: { months: MonthHoursRevenue[]; width?: number | undefined }) {
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
  const totalHours = rows.reduce((s, r) => s + r.hours, 0);
  const totalRevenue = rows.reduce((s, r) => s + r.revenue, 0);

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
        rate: totalHours > 0 ? f.rate((totalRevenue / totalHours)) : '—',
      })}
    >
      <ComposedChart {...chartSize(HEIGHT, width)} data={rows} margin={{ top: 8, right: 8, bottom: 28, left: 8 }}>
        <CartesianGrid stroke={GRID_STROKE} strokeDasharray="2 4" vertical={false} />
        <XAxis
          dataKey="label"
          tick={TICK}
          interval="preserveStartEnd"
          stroke="var(--line-strong)"
          label={{ value: t('charts.axis.month'), position: 'insideBottom', offset: -16, ...AXIS_LABEL }}
        />
        <YAxis
          yAxisId="hours"
          type="number"
          domain={[0, hoursTicks[steps]!]}
          ticks={hoursTicks}
          tick={TICK}
          tickFormatter={(v: number) => f.number(v, 0)}
          stroke="var(--line-strong)"
          width={56}
          label={{ value: t('charts.axis.hours'), angle: -90, position: 'insideLeft', offset: 4, style: { textAnchor: 'middle' }, ...AXIS_LABEL }}
        />
        <YAxis
          yAxisId="money"
          orientation="right"
          type="number"
          domain={[0, moneyTicks[steps]!]}
          ticks={moneyTicks}
          tick={TICK}
          tickFormatter={(v: number) => f.major(v)}
          stroke="var(--line-strong)"
          width={72}
          label={{ value: t('charts.axis.revenue', { symbol: f.symbol }), angle: 90, position: 'insideRight', offset: 4, style: { textAnchor: 'middle' }, ...AXIS_LABEL }}
        />
        <Tooltip
          cursor={{ fill: 'var(--surface-2)' }}
          isAnimationActive={false}
          content={({ active, payload }) => {
            const r = active ? (payload?.[0]?.payload as Row | undefined) : undefined;
            if (!r) return null;
            return (
              <TooltipBox
                title={f.monthLong(r.month)}
                rows={[
                  { label: t('charts.tooltip.hours'), value: f.hours(r.hours) },
                  { label: t('charts.tooltip.revenue'), value: f.money(r.revenue, true) },
                  { label: t('charts.tooltip.rate'), value: r.hours > 0 ? f.rate(r.revenue / r.hours) : '—' },
                ]}
              />
            );
          }}
        />
        <Bar yAxisId="hours" dataKey="hours" name={t('charts.key.hours')} fill={HOURS_PAINT} fillOpacity={0.35} stroke={HOURS_PAINT} isAnimationActive={false} maxBarSize={28} radius={[3, 3, 0, 0]} />
        <Line
          yAxisId="money"
          dataKey="revenue"
          name={t('charts.key.revenue')}
          stroke={REVENUE_PAINT}
          strokeWidth={2}
          dot={{ r: 3, fill: REVENUE_PAINT, strokeWidth: 0 }}
          activeDot={{ r: 5 }}
          isAnimationActive={false}
        />
      </ComposedChart>
    </ChartCard>
  );
}
