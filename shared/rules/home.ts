/** The home screen's "this week": hours, recent rate and what is waiting for an answer. */
import { addDays, daysBetween, startOfWeek } from '../dates';
import type { Dataset, ProjectStatus, Settings } from '../model';
import { followUps, OPEN_INQUIRY_STATUSES, touchGround, type FollowUpItem, type TouchGroundItem } from './relationships';
import { indexDataset, invoiceDueDate, isOverdue, projectStats } from './stats';

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
  targetRate: number;
  minimumRate: number;
  inquiriesWaiting: WaitingInquiry[];
  checkIns: TouchGroundItem[];
  followUps: FollowUpItem[];
  overdueInvoices: OverdueInvoice[];
}

/**
 * Recent EHR: each project's revenue is shared out pro rata to its minutes, and the
 * share of the minutes logged in the last 90 days is divided by those minutes.
 */
export function rateOverLastDays(data: Dataset, today: string, days = RECENT_RATE_DAYS): number | null {
  // Day by day from the index: the window's days, not every entry ever logged.
  const ix = indexDataset(data);
  const windowMinutes = new Map<string, number>();
  let total = 0;
  for (let i = 0, day = today; i < days; i++, day = addDays(day, -1)) {
    for (const e of ix.entriesByDay.get(day) ?? []) {
      windowMinutes.set(e.projectId, (windowMinutes.get(e.projectId) ?? 0) + e.minutes);
      total += e.minutes;
    }
  }
  if (total === 0) return null;
  let revenue = 0;
  for (const [projectId, minutes] of windowMinutes) {
    const project = ix.projectsById.get(projectId);
    if (!project) continue;
    const s = projectStats(project, data);
    if (s.minutes > 0) revenue += (s.revenue * minutes) / s.minutes;
  }
  return (revenue * 60) / total;
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

  return {
    minutesThisWeek,
    capacityMinutes: Math.round(settings.weeklyCapacityHours * 60),
    rateLast90Days: rateOverLastDays(data, today),
    targetRate: settings.targetHourlyRate,
    minimumRate: settings.minimumHourlyRate,
    inquiriesWaiting,
    checkIns: touchGround(data, settings, today),
    followUps: followUps(data, settings, today),
    overdueInvoices,
  };
}
