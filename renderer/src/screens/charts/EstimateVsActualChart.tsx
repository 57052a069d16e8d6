import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Cell, Tooltip, XAxis, YAxis } from 'recharts';
import type { EstimateVsActualPoint } from '../../../../shared/rules';
import { AXIS_LABEL, ChartCard, GRID_STROKE, TICK, TONE_PAINT, TooltipBox, chartSize, niceScale, shortLabel, useChartFormat } from './chartKit';

const HEIGHT = 300;
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
export function EstimateVsActualChart({ points, width }: { points: EstimateVsActualPoint[]; width?: number | undefined }) {
  const { t } = useTranslation();
  const f = useChartFormat();
  const shown = points.slice(-MAX_PROJECTS);
  const rows: Row[] = shown.map((p) => ({ ...p, label: shortLabel(p.title, 14), tone: overrunTone(p.estimatedHours, p.actualHours) }));
  const over = rows.filter((r) => r.actualHours > r.estimatedHours).length;
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
      <BarChart {...chartSize(HEIGHT, width)} data={rows} margin={{ top: 8, right: 8, bottom: 28, left: 16 }} barGap={4} barCategoryGap="24%">
        <CartesianGrid stroke={GRID_STROKE} strokeDasharray="2 4" vertical={false} />
        <XAxis
          dataKey="label"
          tick={TICK}
          interval={0}
          stroke="var(--line-strong)"
          label={{ value: t('charts.axis.project'), position: 'insideBottom', offset: -16, ...AXIS_LABEL }}
        />
        <YAxis
          type="number"
          domain={[0, y.max]}
          ticks={y.ticks}
          tick={TICK}
          tickFormatter={(v: number) => f.number(v, 1)}
          stroke="var(--line-strong)"
          width={56}
          label={{ value: t('charts.axis.hours'), angle: -90, position: 'insideLeft', offset: 0, style: { textAnchor: 'middle' }, ...AXIS_LABEL }}
        />
        <Tooltip
          cursor={{ fill: 'var(--surface-2)' }}
          isAnimationActive={false}
          content={({ active, payload }) => {
            const r = active ? (payload?.[0]?.payload as Row | undefined) : undefined;
            if (!r) return null;
            return (
              <TooltipBox
                title={r.title}
                rows={[
                  { label: t('charts.tooltip.estimated'), value: f.hours(r.estimatedHours) },
                  { label: t('charts.tooltip.actual'), value: f.hours(r.actualHours), tone: r.tone },
                  { label: t('charts.tooltip.ratio'), value: `${f.number(r.actualHours / r.estimatedHours, 2)}×`, tone: r.tone },
                  { label: t('charts.tooltip.status'), value: t(`projectStatus.${r.status}`) },
                ]}
              />
            );
          }}
        />
        <Bar
          dataKey="estimatedHours"
          name={t('charts.key.estimate')}
          fill="transparent"
          stroke={TONE_PAINT.neutral}
          strokeDasharray="4 3"
          strokeWidth={1.5}
          isAnimationActive={false}
          maxBarSize={36}
        />
        <Bar dataKey="actualHours" name={t('charts.tooltip.actual')} isAnimationActive={false} maxBarSize={36} radius={[3, 3, 0, 0]}>
          {rows.map((r) => (
            <Cell key={r.projectId} fill={TONE_PAINT[r.tone]} />
          ))}
        </Bar>
      </BarChart>
    </ChartCard>
  );
}
