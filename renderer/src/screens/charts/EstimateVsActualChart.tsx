import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { EstimateVsActualPoint } from '../../../../shared/rules';
import { AXIS_STROKE, AXIS_TITLE, ChartCard, ChartEmpty, DASH, AxisTick, TONE_PAINT, niceScale, shortLabel, tickDigits, tipContent, useChartFormat } from './chartKit';

const HEIGHT = 280;
const MARGIN = { top: 8, right: 8, bottom: 28, left: 8 };
const BAR_RADIUS: [number, number, number, number] = [3, 3, 0, 0];
/** More bars than this do not read; the most recent projects are the ones that matter. */
const MAX_PROJECTS = 10;
/** Over the estimate by more than this share is a real overrun (the client page uses the same line). */
const OVERRUN_BAD = 1.2;
const TONES = ['good', 'caution', 'bad'] as const;

type Tone = (typeof TONES)[number];

/** Within the estimate is good, up to 20 % over is caution, more is bad. */
export function overrunTone(estimated: number, actual: number): Tone {
  if (actual <= estimated) return 'good';
  return actual <= estimated * OVERRUN_BAD ? 'caution' : 'bad';
}

/** A project's bars: the logged hours sit in the key of their tone, so each tone is one series with one paint. */
type Row = EstimateVsActualPoint & { tone: Tone } & Partial<Record<Tone, number>>;

/** Estimated hours (dashed: a promise) against hours really logged (solid), per project. */
export function EstimateVsActualChart({ points }: { points: EstimateVsActualPoint[] }) {
  const { t } = useTranslation();
  const f = useChartFormat();

  const view = useMemo(() => {
    const rows: Row[] = points.slice(-MAX_PROJECTS).map((p) => {
      const tone = overrunTone(p.estimatedHours, p.actualHours);
      return { ...p, tone, [tone]: p.actualHours };
    });
    const y = niceScale(Math.max(1, ...rows.map((r) => Math.max(r.estimatedHours, r.actualHours))) * 1.05);
    return { rows, y, over: rows.filter((r) => r.actualHours > r.estimatedHours).length };
  }, [points]);

  const draw = useMemo(() => {
    const { rows, y } = view;
    const digits = tickDigits(y.ticks[1] ?? 1);
    const tip = tipContent<Row>((r) => ({
      title: r.title,
      rows: [
        { label: t('charts.tooltip.estimated'), value: f.hours(r.estimatedHours) },
        { label: t('charts.tooltip.actual'), value: f.hours(r.actualHours), tone: r.tone },
        { label: t('charts.tooltip.ratio'), value: `${f.number(r.actualHours / r.estimatedHours, 2)}×`, tone: r.tone },
        { label: t('charts.tooltip.status'), value: t(`projectStatus.${r.status}`) },
      ],
    }));
    const title = t('charts.estimate.title');
    const titles = new Map(rows.map((r) => [r.projectId, r.title]));
    return (width: number) => {
      // Every project named under its bars, cut to the room it has (recharts would measure each label to drop some).
      const room = Math.max(4, Math.floor((width - 80) / Math.max(1, rows.length) / 7));
      return (
      <BarChart width={width} height={HEIGHT} data={rows} margin={MARGIN} barGap={4} barCategoryGap="18%" accessibilityLayer title={title}>
        <CartesianGrid stroke="var(--line)" strokeDasharray="2 4" vertical={false} />
        <XAxis
          dataKey="projectId"
          tick={AxisTick}
          interval={0}
          tickFormatter={(id: string) => shortLabel(titles.get(id) ?? '', room)}
          stroke={AXIS_STROKE}
          label={{ value: t('charts.axis.project'), position: 'insideBottom', offset: -18, ...AXIS_TITLE }}
        />
        <YAxis
          type="number"
          domain={[0, y.max]}
          ticks={y.ticks}
          tick={AxisTick}
          tickFormatter={(v: number) => f.number(v, digits)}
          stroke={AXIS_STROKE}
          width={48}
          label={{ value: t('charts.axis.hours'), angle: -90, position: 'insideLeft', offset: 4, style: { textAnchor: 'middle' }, ...AXIS_TITLE }}
        />
        <Tooltip cursor={{ fill: 'var(--surface-2)' }} isAnimationActive={false} content={tip} />
        <Bar
          dataKey="estimatedHours"
          name={t('charts.key.estimate')}
          className="bars-estimate"
          fill="transparent"
          stroke={TONE_PAINT.neutral}
          strokeWidth={1.5}
          strokeDasharray={DASH}
          radius={BAR_RADIUS}
          maxBarSize={36}
          isAnimationActive={false}
        />
        {TONES.map((tone) => (
          <Bar
            key={tone}
            dataKey={tone}
            stackId="logged"
            name={t('charts.tooltip.actual')}
            className={`bars-${tone}`}
            fill={TONE_PAINT[tone]}
            radius={BAR_RADIUS}
            maxBarSize={36}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
      );
    };
  }, [view, t, f]);

  const table = useMemo(
    () => ({
      columns: [t('charts.axis.project'), t('charts.tooltip.estimated'), t('charts.tooltip.actual'), t('charts.tooltip.ratio'), t('charts.tooltip.status')],
      rows: view.rows.map((r) => ({
        key: r.projectId,
        name: r.title,
        cells: [f.hours(r.estimatedHours), f.hours(r.actualHours), `${f.number(r.actualHours / r.estimatedHours, 2)}×`, t(`projectStatus.${r.status}`)],
      })),
    }),
    [view, t, f],
  );

  const caption = [
    view.over > 0 ? t('charts.estimate.captionOver', { count: view.over, total: view.rows.length }) : t('charts.estimate.captionOk', { count: view.rows.length }),
    points.length > MAX_PROJECTS ? t('charts.estimate.recent', { count: MAX_PROJECTS }) : '',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <ChartCard
      id="estimate-vs-actual"
      title={t('charts.estimate.title')}
      empty={view.rows.length === 0 ? <ChartEmpty title={t('charts.estimate.emptyTitle')} body={t('charts.estimate.emptyBody')} /> : null}
      keyItems={[
        { label: t('charts.key.estimate'), mark: 'dashed-bar', paint: TONE_PAINT.neutral },
        { label: t('charts.key.withinEstimate'), mark: 'bar', paint: TONE_PAINT.good },
        { label: t('charts.key.slightOverrun'), mark: 'bar', paint: TONE_PAINT.caution },
        { label: t('charts.key.overrun'), mark: 'bar', paint: TONE_PAINT.bad },
      ]}
      caption={caption}
      table={table}
      height={HEIGHT}
      draw={draw}
    />
  );
}
