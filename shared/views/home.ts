/** The home screen's "this week": hours, recent rate and what is waiting for an answer. */
import { addDays, daysBetween, startOfWeek } from '../dates';
import type { Dataset, ProjectStatus, Settings } from '../model';
import { followUps, OPEN_INQUIRY_STATUSES, touchGround, type FollowUpItem, type TouchGroundItem } from '../rules/relationships';
import { isInternal, projectStats } from '../rules/money';
import { indexDataset } from '../index/dataset';
import { invoiceDueDate, isOverdue } from '../rules/invoices';

/** Days in the window of the recent hourly rate. */
export const RECENT_RATE_DAYS = 90;

export interface WaitingInquiry {
  projectId: string;
  clientId: string;
  title: string;
  status: ProjectStatus;
  /** Days since the project was created. */
  daysWaiting: number;
}

export interface OverdueInvoice {
  projectId: string;
  clientId: string;
  invoiceId: string;
  amount: number;
  daysLate: number;
}

export interface ThisWeek {
  minutesThisWeek: number;
  capacityMinutes: number;
  /** Money per hour over the last 90 days; null with no hours in them. */
  rateLast90Days: number | null;
  /** Projects left out of that rate: unfinished fixed-price work without an estimate. */
  rateLeftOut: number;
  targetRate: number;
  minimumRate: number;
  inquiriesWaiting: WaitingInquiry[];
  checkIns: TouchGroundItem[];
  followUps: FollowUpItem[];
  overdueInvoices: OverdueInvoice[];
}

export interface RecentRate {
  /** Earned money per hour over the window; null with no counted hours in it. */
  rate: number | null;
  /** Unfinished fixed-price projects without an estimate whose hours in the window were left out. */
  leftOut: number;
}

/**
 * Recent EHR: each project's earned revenue (projectEarned) is shared out pro rata to its
 * minutes, and the share of the minutes logged in the window is divided by those minutes.
 * The internal client's time and work not yet measurable are left out of hours and money.
 */
export function recentRate(data: Dataset, today: string, days = RECENT_RATE_DAYS): RecentRate {
  // Day by day from the index: the window's days, not every entry ever logged.
  const ix = indexDataset(data);
  const windowMinutes = new Map<string, number>();
  for (let i = 0, day = today; i < days; i++, day = addDays(day, -1)) {
    for (const e of ix.entriesByDay.get(day) ?? []) windowMinutes.set(e.projectId, (windowMinutes.get(e.projectId) ?? 0) + e.minutes);
  }
  let total = 0;
  let revenue = 0;
  let leftOut = 0;
  for (const [projectId, minutes] of windowMinutes) {
    const project = ix.projectsById.get(projectId);
    if (!project || isInternal(ix.clientsById.get(project.clientId))) continue;
    const s = projectStats(project, data);
    if (!s.counted) {
      leftOut++;
      continue;
    }
    total += minutes;
    if (s.minutes > 0) revenue += (s.revenue * minutes) / s.minutes;
  }
  return { rate: total > 0 ? (revenue * 60) / total : null, leftOut };
}

/** The recent rate alone (see recentRate). */
export function rateOverLastDays(data: Dataset, today: string, days = RECENT_RATE_DAYS): number | null {
  return recentRate(data, today, days).rate;
}

/** What the home screen shows for the week holding `today` (weeks start on Monday). */
export function thisWeek(data: Dataset, settings: Settings, today: string): ThisWeek {
  const monday = startOfWeek(today);
  const sunday = addDays(monday, 6);
  const { entriesByDay } = indexDataset(data);
  let minutesThisWeek = 0;
  for (let day = monday; day <= sunday; day = addDays(day, 1)) for (const e of entriesByDay.get(day) ?? []) minutesThisWeek += e.minutes;

  const inquiriesWaiting: WaitingInquiry[] = data.projects
    // A counter-offer answered it: a quoted project waits for their answer, not for yours.
    .filter((p) => OPEN_INQUIRY_STATUSES.includes(p.status) && !p.quote)
    .map((p) => ({ projectId: p.id, clientId: p.clientId, title: p.title, status: p.status, daysWaiting: Math.max(0, daysBetween(p.createdAt, today)) }))
    .sort((a, b) => b.daysWaiting - a.daysWaiting || a.projectId.localeCompare(b.projectId));

  const overdueInvoices: OverdueInvoice[] = [];
  for (const p of data.projects) {
    for (const inv of p.invoices) {
      if (!isOverdue(inv, today)) continue;
      overdueInvoices.push({ projectId: p.id, clientId: p.clientId, invoiceId: inv.id, amount: inv.amount, daysLate: daysBetween(invoiceDueDate(inv), today) });
    }
  }
  overdueInvoices.sort((a, b) => b.daysLate - a.daysLate || a.invoiceId.localeCompare(b.invoiceId));

  const recent = recentRate(data, today);
  return {
    minutesThisWeek,
    capacityMinutes: Math.round(settings.weeklyCapacityHours * 60),
    rateLast90Days: recent.rate,
    rateLeftOut: recent.leftOut,
    targetRate: settings.targetHourlyRate,
    minimumRate: settings.minimumHourlyRate,
    inquiriesWaiting,
    checkIns: touchGround(data, settings, today),
    followUps: followUps(data, settings, today),
    overdueInvoices,
  };
}
