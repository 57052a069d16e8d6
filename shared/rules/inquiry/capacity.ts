/**
 * Step 3 of an inquiry's evaluation: whether the projected hours fit in your capacity before the
 * deadline, after the work already committed (DESIGN.md).
 */
import { addDays, daysBetween } from '../../dates';
import { formatDate, formatNumber } from '../../format';
import type { Dataset, Project, Settings } from '../../model';
import { joinList } from '../../texts/relationshipTexts';
import { indexDataset } from '../../index/dataset';
import { reasonList, type InquiryContext } from './context';
import type { HoursFinding } from './projectedHours';
import type { InquiryReason } from './types';

/** Days over which work without a deadline of its own is spread. */
const NO_DEADLINE_SPREAD_DAYS = 28;
/** Projects named in a capacity reason before "and N more". */
const NAMED_PROJECTS = 3;
/** How far ahead a later deadline is searched for, in days. */
const DEADLINE_SEARCH_DAYS = 730;

const activeCache = new WeakMap<Dataset, Project[]>();

/** Accepted and in-progress projects: the work already committed. */
function activeProjects(data: Dataset): Project[] {
  const cached = activeCache.get(data);
  if (cached) return cached;
  const out = data.projects.filter((p) => p.status === 'accepted' || p.status === 'in-progress');
  activeCache.set(data, out);
  return out;
}

/** An accepted or in-progress project's share of hours that falls before the inquiry's deadline. */
export interface CommittedShare {
  projectId: string;
  title: string;
  hours: number;
}

export interface Capacity {
  capacity: number;
  /** Committed hours that fall before the deadline: the sum of `behind`. */
  committed: number;
  free: number;
  /** The projects behind the committed hours, most hours first. */
  behind: CommittedShare[];
}

/**
 * Capacity until `deadline` (DESIGN.md): committed work is the remaining hours (estimate minus
 * logged, at least 0) of accepted and in-progress projects other than `excludeId`, spread evenly from
 * today to each one's deadline (four weeks when it has none); only the share before `deadline` competes.
 */
export function capacityUntil(deadline: string, excludeId: string, data: Dataset, settings: Settings, today: string): Capacity {
  const ix = indexDataset(data);
  const days = Math.max(0, daysBetween(today, deadline));
  const capacity = (settings.weeklyCapacityHours * days) / 7;
  const behind: CommittedShare[] = [];
  let committed = 0;
  for (const p of activeProjects(data)) {
    if (p.id === excludeId || !p.estimatedHours) continue;
    const remaining = Math.max(0, p.estimatedHours - (ix.minutesByProject.get(p.id) ?? 0) / 60);
    if (remaining <= 0) continue;
    const span = daysBetween(today, p.deadline ?? addDays(today, NO_DEADLINE_SPREAD_DAYS));
    // Work already due (or due today) is all still to do now.
    const hours = span <= 0 ? remaining : remaining * Math.min(1, days / span);
    if (hours <= 0) continue;
    committed += hours;
    behind.push({ projectId: p.id, title: p.title, hours });
  }
  behind.sort((a, b) => b.hours - a.hours || a.projectId.localeCompare(b.projectId));
  return { capacity, committed, free: Math.max(0, capacity - committed), behind };
}

/** The first date after the project's deadline where `hours` fit, if any within two years. */
export function laterDeadline(project: Project, hours: number, data: Dataset, settings: Settings, today: string): string | null {
  if (!project.deadline || settings.weeklyCapacityHours <= 0) return null;
  const start = Math.max(0, daysBetween(today, project.deadline));
  for (let d = start + 1; d <= start + DEADLINE_SEARCH_DAYS; d++) {
    const date = addDays(today, d);
    if (capacityUntil(date, project.id, data, settings, today).free >= hours) return date;
  }
  return null;
}

/** How the work fits: `unknown` without a deadline or without projected hours; clearly short under half. */
export type CapacityFit = 'ok' | 'short' | 'clearly-short' | 'unknown';

export interface CapacityFinding {
  fit: CapacityFit;
  reasons: InquiryReason[];
}

/** Fits the projected hours into the free capacity before the inquiry's deadline. */
export function fitCapacity(ctx: InquiryContext, hours: HoursFinding): CapacityFinding {
  const { project, settings, today, words } = ctx;
  const { t } = words;
  const lang = settings.language;
  const { reasons, add } = reasonList();
  const { projectedHours } = hours;
  if (!project.deadline) {
    add('no-deadline', 'info', t('noDeadline'));
    return { fit: 'unknown', reasons };
  }
  if (!hours.hoursKnown) return { fit: 'unknown', reasons };

  const cap = capacityUntil(project.deadline, project.id, ctx.data, settings, today);
  const deadline = formatDate(project.deadline, lang);
  // The hours that really compete, and the projects they come from.
  const named = cap.behind.slice(0, NAMED_PROJECTS).map((b) => t('projectName', { title: b.title }));
  if (cap.behind.length > NAMED_PROJECTS) named.push(t('moreProjects', { n: formatNumber(cap.behind.length - NAMED_PROJECTS, lang, 0) }));
  const committedValues = { committed: words.hours(cap.committed), deadline, projects: joinList(named, lang) };
  if (cap.free >= projectedHours) {
    const values = { projected: words.hours(projectedHours), free: words.hours(cap.free), ...committedValues };
    add('capacity-ok', 'good', t(cap.behind.length > 0 ? 'capacityOkCommitted' : 'capacityOk', values));
    return { fit: 'ok', reasons };
  }
  const clearlyShort = cap.free < projectedHours / 2;
  const noTime = daysBetween(today, project.deadline) <= 0;
  const values = { free: words.hours(cap.free), capacity: words.hours(cap.capacity), projected: words.hours(projectedHours), ...committedValues };
  const text = noTime
    ? t('deadlineNoTime', { deadline, projected: words.hours(projectedHours) })
    : t(cap.behind.length > 0 ? 'capacityShort' : 'capacityShortFree', values);
  add('capacity-short', clearlyShort ? 'bad' : 'warn', text);
  return { fit: clearlyShort ? 'clearly-short' : 'short', reasons };
}
