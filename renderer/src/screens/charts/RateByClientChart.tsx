import { useTranslation } from 'react-i18next';
import type { ClientRate } from '../../../../shared/rules';
import { ChartCard, TONE_PAINT, niceScale, shortLabel, tickDigits, useChartFormat } from './chartKit';
import { Plot, bandCentre, markLabel, percent, ratio, share, useMarks, type Tip } from './plot';

/** With more clients than this, the highest and the lowest half each are shown. */
const MAX_BARS = 16;
/** The height of one client's row, in pixels. */
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
  onOpen,
}: {
  rates: ClientRate[];
  target: number;
  minimum: number;
  onOpen?: (clientId: string) => void;
}) {
  const { t } = useTranslation();
  const f = useChartFormat();
  const shown = ratesToShow(rates);
  const under = rates.filter((r) => r.band === 'bad').length;
  const x = niceScale(Math.max(target, ...shown.map((r) => r.rate)) * 1.08, 5);
  const rows = shown.map((r) => ({ ...r, label: shortLabel(r.name, 18) }));
  const { shown: active, markProps } = useMarks(rows.map((r) => r.clientId));
  const tipOf = (r: ClientRate): Omit<Tip, 'at'> => ({
    title: r.name,
    rows: [
      { label: t('charts.tooltip.rate'), value: f.rate(r.rate), tone: r.band },
      { label: t('charts.tooltip.hours'), value: f.hours(r.hours) },
      { label: t('charts.tooltip.revenue'), value: f.money(r.rate * r.hours, true) },
    ],
  });

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
      <Plot
        label={t('charts.rates.title')}
        x={{ ...x, format: (v) => f.number(v / 100, tickDigits((x.ticks[1] ?? 100) / 100)), label: t('charts.axis.rate', { symbol: f.symbol }) }}
        y={{ bands: rows.map((r) => r.label), label: '' }}
        height={Math.max(180, rows.length * BAR_ROW)}
        lines={[
          { className: 'line-target', points: [[ratio(target, x.max), 0], [ratio(target, x.max), 1]], paint: TONE_PAINT.good, over: true },
          { className: 'line-minimum', points: [[ratio(minimum, x.max), 0], [ratio(minimum, x.max), 1]], paint: TONE_PAINT.bad, dashed: true, over: true },
        ]}
        tip={active === null ? null : { at: [share(rows[active]!.rate, x.max), 1 - bandCentre(active, rows.length)], ...tipOf(rows[active]!) }}
      >
        <div className="plot-bands rows">
          {rows.map((r, i) => (
            <button
              key={r.clientId}
              {...markProps(i)}
              className={`plot-band${onOpen ? ' opens' : ''}`}
              aria-label={markLabel(tipOf(r))}
              data-client={r.name}
              data-tone={r.band}
              {...(onOpen ? { onClick: () => onOpen(r.clientId) } : {})}
            >
              <span className="plot-bar rate" style={{ width: percent(share(r.rate, x.max)), background: TONE_PAINT[r.band] }} />
            </button>
          ))}
        </div>
      </Plot>
    </ChartCard>
  );
}
