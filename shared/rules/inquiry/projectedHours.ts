/**
 * Step 1 of an inquiry's evaluation: the hours it will really take (DESIGN.md): the estimate x the
 * client's overrun, else your overall overrun for that kind, else the estimate; with no estimate,
 * the kind's average.
 */
import type { Dataset } from '../../model';
import { indexDataset } from '../../index/dataset';
import { DONE_STATUSES } from '../clientStats';
import { normKind, reasonList, type InquiryContext } from './context';
import type { InquiryReason } from './types';

/** An overrun factor above this is worth a warning and hourly-billing advice. */
export const NOTABLE_OVERRUN = 1.2;

/** What finished projects of one kind took, across all clients. */
export interface KindHistory {
  /** Estimated and actual hours over finished projects with an estimate and logged hours. */
  estimated: number;
  actual: number;
  /** Hours and count of finished projects with logged hours (estimate or not). */
  doneHours: number;
  doneCount: number;
}

const kindCache = new WeakMap<Dataset, Map<string, KindHistory>>();

/** Overrun history per project kind (normalised) across all clients, built once per dataset. */
export function kindHistories(data: Dataset): Map<string, KindHistory> {
  const cached = kindCache.get(data);
  if (cached) return cached;
  const ix = indexDataset(data);
  const out = new Map<string, KindHistory>();
  for (const p of data.projects) {
    if (!DONE_STATUSES.includes(p.status)) continue;
    const minutes = ix.minutesByProject.get(p.id) ?? 0;
    if (minutes <= 0) continue;
    const key = normKind(p.kind);
    let h = out.get(key);
    if (!h) {
      h = { estimated: 0, actual: 0, doneHours: 0, doneCount: 0 };
      out.set(key, h);
    }
    h.doneHours += minutes / 60;
    h.doneCount++;
    if (p.estimatedHours && p.estimatedHours > 0) {
      h.estimated += p.estimatedHours;
      h.actual += minutes / 60;
    }
  }
  kindCache.set(data, out);
  return out;
}

export interface HoursFinding {
  /** Estimate corrected by past overruns; 0 when there is nothing to project from. */
  projectedHours: number;
  /** Whether there are hours to divide a price by and to fit in the calendar. */
  hoursKnown: boolean;
  /** The client's own overrun factor, when the projection used it. */
  clientOverrun: number | null;
  reasons: InquiryReason[];
}

/** Projects the inquiry's real hours from its estimate and the history behind it. */
export function projectHours(ctx: InquiryContext): HoursFinding {
  const { project, stats, words } = ctx;
  const { t } = words;
  const { reasons, add } = reasonList();
  const history = kindHistories(ctx.data).get(normKind(project.kind));
  const estimate = project.estimatedHours && project.estimatedHours > 0 ? project.estimatedHours : null;
  let projectedHours = 0;
  let clientOverrun: number | null = null;
  if (estimate !== null) {
    if (stats.estimateOverrun !== null) {
      clientOverrun = stats.estimateOverrun;
      projectedHours = estimate * clientOverrun;
      add(
        'projected-hours',
        clientOverrun > NOTABLE_OVERRUN ? 'warn' : 'info',
        t('projectedHoursClient', { factor: words.factor(clientOverrun), estimate: words.hours(estimate), projected: words.hours(projectedHours) }),
      );
    } else if (history && history.estimated > 0) {
      const overrun = history.actual / history.estimated;
      projectedHours = estimate * overrun;
      add(
        'projected-hours',
        overrun > NOTABLE_OVERRUN ? 'warn' : 'info',
        t('projectedHoursKind', { kind: project.kind, factor: words.factor(overrun), estimate: words.hours(estimate), projected: words.hours(projectedHours) }),
      );
    } else {
      projectedHours = estimate;
      add('projected-hours', 'info', t('projectedHoursEstimate', { estimate: words.hours(estimate) }));
    }
  } else if (history && history.doneCount > 0) {
    projectedHours = history.doneHours / history.doneCount;
    add('projected-hours', 'info', t('projectedHoursAverage', { kind: project.kind, projected: words.hours(projectedHours) }));
  } else {
    add('no-estimate', 'warn', t('noEstimate', { kind: project.kind }));
  }
  return { projectedHours, hoursKnown: projectedHours > 0, clientOverrun, reasons };
}
