import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Cell, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { ClientRate } from '../../../../shared/rules';
import { AXIS_LABEL, ChartCard, GRID_STROKE, TICK, TONE_PAINT, TooltipBox, chartSize, niceScale, shortLabel, useChartFormat } from './chartKit';

/** With more clients than this, the highest and the lowest half each are shown. */
const MAX_BARS = 16;
const BAR_ROW = 30;

/** Keeps the chart readable with many clients: the best and the worst, which are the ones to act on. */
export function ratesToShow(rates: ClientRate[]): ClientRate[] {
  if (rates.length <= MAX_BARS) return rates;
  const half = MAX_BARS / 2;
  return [...rates.slice(0, half), ...rates.slice(-half)];
}

/** Effective hourly rate per client, highest first, coloured by band, with the target (solid) and minimum (dashed) lines. */
export function RateByClientChart({
  rates,
  target,
  minimum,
  width,
  onOpen,
}: {
  rates: ClientRate[];
  target: number;
  minimum: number;
  width?: number | undefined;
  onOpen?: (clientId: string) => void;
}) {
  const { t } = useTranslation();
  const f = useChartFormat();
  const shown = ratesToShow(rates);
  const under = rates.filter((r) => r.band === 'bad').length;
  const x = niceScale(Math.max(target, ...shown.map((r) => r.rate)) * 1.08, 5);
  const height = Math.max(300, shown.length * BAR_ROW + 64);
  const rows = shown.map((r) => ({ ...r, label: shortLabel(r.name, 18) }));

  const caption = [
    under > 0 ? t('charts.rates.captionUnder', { count: under, total: rates.length }) : t('charts.rates.captionOk', { count: rates.length }),
    shown.length < rates.length ? t('charts.rates.trimmed', { half: MAX_BARS / 2, total: rates.length }) : '',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <ChartCard
      id="rate-by-client"
      title={t('charts.rates.title')}
      empty={rates.length === 0 ? { title: t('charts.rates.emptyTitle'), body: t('charts.rates.emptyBody') } : null}
      keyItems={[
        { label: t('charts.key.target', { rate: f.rate(target) }), mark: 'line', paint: TONE_PAINT.good },
        { label: t('charts.key.minimum', { rate: f.rate(minimum) }), mark: 'dashed', paint: TONE_PAINT.bad },
        { label: t('charts.key.between'), mark: 'bar', paint: TONE_PAINT.caution },
      ]}
      caption={caption}
    >
      <BarChart
        {...chartSize(height, width)}
        data={rows}
        layout="vertical"
        margin={{ top: 4, right: 24, bottom: 28, left: 8 }}
        barCategoryGap="22%"
      >
        <CartesianGrid stroke={GRID_STROKE} strokeDasharray="2 4" horizontal={false} />
        <XAxis
          type="number"
          dataKey="rate"
          domain={[0, x.max]}
          ticks={x.ticks}
          tick={TICK}
          tickFormatter={(v: number) => f.major(v)}
          stroke="var(--line-strong)"
          label={{ value: t('charts.axis.rate', { symbol: f.symbol }), position: 'insideBottom', offset: -16, ...AXIS_LABEL }}
        />
        <YAxis type="category" dataKey="label" tick={TICK} width={132} stroke="var(--line-strong)" interval={0} />
        <Tooltip
          cursor={{ fill: 'var(--surface-2)' }}
          isAnimationActive={false}
          content={({ active, payload }) => {
            const r = active ? (payload?.[0]?.payload as ClientRate | undefined) : undefined;
            if (!r) return null;
            return (
              <TooltipBox
                title={r.name}
                rows={[
                  { label: t('charts.tooltip.rate'), value: f.rate(r.rate), tone: r.band },
                  { label: t('charts.tooltip.hours'), value: f.hours(r.hours) },
                  { label: t('charts.tooltip.revenue'), value: f.money(r.rate * r.hours, true) },
                ]}
              />
            );
          }}
        />
        <Bar
          dataKey="rate"
          isAnimationActive={false}
          maxBarSize={20}
          radius={[0, 3, 3, 0]}
          {...(onOpen ? { onClick: (d: { payload?: ClientRate }) => d.payload && onOpen(d.payload.clientId), cursor: 'pointer' } : {})}
        >
          {rows.map((r) => (
            <Cell key={r.clientId} fill={TONE_PAINT[r.band]} data-client={r.name} />
          ))}
        </Bar>
        <ReferenceLine x={target} stroke={TONE_PAINT.good} strokeWidth={1.5} ifOverflow="extendDomain" className="line-target" />
        <ReferenceLine x={minimum} stroke={TONE_PAINT.bad} strokeWidth={1.5} strokeDasharray="6 5" ifOverflow="extendDomain" className="line-minimum" />
      </BarChart>
    </ChartCard>
  );
}
