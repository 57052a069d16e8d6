import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { EstimateVsActualPoint } from '#shared/rules';
import { ChartCard, ChartEmpty, TONE_PAINT, niceScale, shortLabel, tickDigits, tipContent, useChartFormat, type Draw } from './chartKit';
import type { EstimateSpec } from './drawings';

const HEIGHT = 280;
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

  const spec = useMemo((): EstimateSpec => {
    const { rows, y } = view;
    const digits = tickDigits(y.ticks[1] ?? 1);
    const titles = new Map(rows.map((r) => [r.projectId, r.title]));
    return {
      title: t('charts.estimate.title'),
      height: HEIGHT,
      rows,
      // Cut to the room each project has under its bars.
      projectLabel: (id, width) => shortLabel(titles.get(id) ?? '', Math.max(4, Math.floor((width - 80) / Math.max(1, rows.length) / 7))),
      y: { ...y, format: (v) => f.number(v, digits), label: t('charts.axis.hours') },
      xLabel: t('charts.axis.project'),
      estimateName: t('charts.key.estimate'),
      loggedName: t('charts.tooltip.actual'),
      tip: tipContent<Row>((r) => ({
        title: r.title,
        rows: [
          { label: t('charts.tooltip.estimated'), value: f.hours(r.estimatedHours) },
          { label: t('charts.tooltip.actual'), value: f.hours(r.actualHours), tone: r.tone },
          { label: t('charts.tooltip.ratio'), value: `${f.number(r.actualHours / r.estimatedHours, 2)}×`, tone: r.tone },
          { label: t('charts.tooltip.status'), value: t(`projectStatus.${r.status}`) },
        ],
      })),
    };
  }, [view, t, f]);
  const draw = useCallback<Draw>((d, width, armed) => <d.Estimate spec={spec} width={width} armed={armed} />, [spec]);

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
