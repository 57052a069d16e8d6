import { useTranslation } from 'react-i18next';
import type { EstimateVsActualPoint } from '../../../../shared/rules';
import { ChartCard, TONE_PAINT, niceScale, shortLabel, tickDigits, useChartFormat } from './chartKit';
import { Plot, bandCentre, markLabel, percent, share, useMarks, type Tip } from './plot';

/** More bars than this do not read; the most recent projects are the ones that matter. */
const MAX_PROJECTS = 10;
/** Over the estimate by more than this share is a real overrun (the client page uses the same line). */
const OVERRUN_BAD = 1.2;

type Tone = 'good' | 'caution' | 'bad';

/** Within the estimate is good, up to 20 % over is caution, more is bad. */
export function overrunTone(estimated: number, actual: number): Tone {
  if (actual <= estimated) return 'good';
  return actual <= estimated * OVERRUN_BAD ? 'caution' : 'bad';
}

interface Row extends EstimateVsActualPoint {
  label: string;
  tone: Tone;
}

/** Estimated hours (dashed: a promise) against hours really logged (solid), per project. */
export function EstimateVsActualChart({ points }: { points: EstimateVsActualPoint[] }) {
  const { t } = useTranslation();
  const f = useChartFormat();
  const shown = points.slice(-MAX_PROJECTS);
  const rows: Row[] = shown.map((p) => ({ ...p, label: shortLabel(p.title, 14), tone: overrunTone(p.estimatedHours, p.actualHours) }));
  const over = rows.filter((r) => r.actualHours > r.estimatedHours).length;
  const { shown: active, markProps } = useMarks(rows.map((r) => r.projectId));
  const tipOf = (r: Row): Omit<Tip, 'at'> => ({
    title: r.title,
    rows: [
      { label: t('charts.tooltip.estimated'), value: f.hours(r.estimatedHours) },
      { label: t('charts.tooltip.actual'), value: f.hours(r.actualHours), tone: r.tone },
      { label: t('charts.tooltip.ratio'), value: `${f.number(r.actualHours / r.estimatedHours, 2)}×`, tone: r.tone },
      { label: t('charts.tooltip.status'), value: t(`projectStatus.${r.status}`) },
    ],
  });
  const y = niceScale(Math.max(1, ...rows.map((r) => Math.max(r.estimatedHours, r.actualHours))) * 1.05);

  const caption = [
    over > 0 ? t('charts.estimate.captionOver', { count: over, total: rows.length }) : t('charts.estimate.captionOk', { count: rows.length }),
    points.length > MAX_PROJECTS ? t('charts.estimate.recent', { count: MAX_PROJECTS }) : '',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <ChartCard
      id="estimate-vs-actual"
      title={t('charts.estimate.title')}
      empty={rows.length === 0 ? { title: t('charts.estimate.emptyTitle'), body: t('charts.estimate.emptyBody') } : null}
      keyItems={[
        { label: t('charts.key.estimate'), mark: 'dashed-bar', paint: TONE_PAINT.neutral },
        { label: t('charts.key.withinEstimate'), mark: 'bar', paint: TONE_PAINT.good },
        { label: t('charts.key.slightOverrun'), mark: 'bar', paint: TONE_PAINT.caution },
        { label: t('charts.key.overrun'), mark: 'bar', paint: TONE_PAINT.bad },
      ]}
      caption={caption}
    >
      <Plot
        label={t('charts.estimate.title')}
        x={{ bands: rows.map((r) => r.label), label: t('charts.axis.project') }}
        y={{ ...y, format: (v) => f.number(v, tickDigits(y.ticks[1] ?? 1)), label: t('charts.axis.hours') }}
        tip={active === null ? null : { at: [bandCentre(active, rows.length), share(Math.max(rows[active]!.estimatedHours, rows[active]!.actualHours), y.max)], ...tipOf(rows[active]!) }}
      >
        <div className="plot-bands">
          {rows.map((r, i) => (
            <button key={r.projectId} {...markProps(i)} className="plot-band" aria-label={markLabel(tipOf(r))} data-project={r.title} data-tone={r.tone}>
              <span className="plot-band-bars">
                <span className="plot-bar estimate" style={{ height: percent(share(r.estimatedHours, y.max)) }} />
                <span className="plot-bar actual" style={{ height: percent(share(r.actualHours, y.max)), background: TONE_PAINT[r.tone] }} />
              </span>
            </button>
          ))}
        </div>
      </Plot>
    </ChartCard>
  );
}
