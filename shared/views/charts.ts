/**
 * Chart data: aggregated per project, client or month (never one point per time entry),
 * with the definitions of stats.ts.
 */
import { addMonths, monthOf } from '../dates';
import type { Dataset, ProjectStatus, Settings } from '../model';
import { UNFINISHED_STATUSES, isInternal, projectStats, rateBand } from '../rules/money';
import { indexDataset } from '../index/dataset';
import { DONE_STATUSES, WORK_STATUSES, clientStats } from '../rules/clientStats';

import type { RateBand } from '../model';

export interface HoursVsPricePoint {
  projectId: string;
  title: string;
  hours: number;
  /** What the work has earned (projectEarned). */
  price: number;
  /** Earned money per hour: price / hours. */
  rate: number;
  underMinimum: boolean;
}

export interface HoursVsPrice {
  points: HoursVsPricePoint[];
  /** Slopes of the reference lines price = rate x hours, in money per hour. */
  targetSlope: number;
  minimumSlope: number;
}

/**
 * One point per project of the client with logged hours (oldest first), plus the target and
 * minimum lines; work whose earnings are not known yet is left out, as in every rate.
 */
export function hoursVsPrice(clientId: string, data: Dataset, settings: Settings, _today: string): HoursVsPrice {
  const ix = indexDataset(data);
  const projects = [...(ix.projectsByClient.get(clientId) ?? [])].sort(byCreated);
  const points: HoursVsPricePoint[] = [];
  for (const p of projects) {
    const s = projectStats(p, data);
    if (s.minutes <= 0 || !s.counted) continue;
    const price = s.revenue;
    const rate = price / s.hours;
    points.push({ projectId: p.id, title: p.title, hours: s.hours, price, rate, underMinimum: rate < settings.minimumHourlyRate });
  }
  return { points, targetSlope: settings.targetHourlyRate, minimumSlope: settings.minimumHourlyRate };
}

export interface ClientRate {
  clientId: string;
  name: string;
  /** Effective hourly rate: revenue / hours over the client's projects with hours. */
  rate: number;
  hours: number;
  /** Earned revenue (clientStats): rate x hours is not it when some hours have no price yet. */
  revenue: number;
  band: RateBand;
}

/** Clients with a rate (clientStats), by effective hourly rate, highest first; never the internal client. */
export function rateByClient(data: Dataset, settings: Settings, today: string): ClientRate[] {
  const out: ClientRate[] = [];
  for (const c of data.clients) {
    if (isInternal(c)) continue;
    const s = clientStats(c.id, data, today);
    if (s.effectiveHourlyRate === null) continue;
    const rate = s.effectiveHourlyRate;
    out.push({ clientId: c.id, name: c.name, rate, hours: s.hours, revenue: s.revenue, band: rateBand(rate, settings) });
  }
  return out.sort((a, b) => b.rate - a.rate || a.name.localeCompare(b.name) || a.clientId.localeCompare(b.clientId));
}

export interface EstimateVsActualPoint {
  projectId: string;
  title: string;
  status: ProjectStatus;
  estimatedHours: number;
  actualHours: number;
}

/** Estimated against logged hours for the client's projects with an estimate that are real work or have hours, oldest first. */
export function estimateVsActual(clientId: string, data: Dataset): EstimateVsActualPoint[] {
  const ix = indexDataset(data);
  const out: EstimateVsActualPoint[] = [];
  for (const p of [...(ix.projectsByClient.get(clientId) ?? [])].sort(byCreated)) {
    if (!p.estimatedHours || p.estimatedHours <= 0) continue;
    const minutes = ix.minutesByProject.get(p.id) ?? 0;
    // An unanswered inquiry has no actual hours yet: showing 0 would read as a perfect underrun.
    if (!WORK_STATUSES.includes(p.status) && minutes <= 0) continue;
    out.push({ projectId: p.id, title: p.title, status: p.status, estimatedHours: p.estimatedHours, actualHours: minutes / 60 });
  }
  return out;
}

export interface MonthHoursRevenue {
  /** `YYYY-MM`. */
  month: string;
  hours: number;
  /** The hours that count in a rate: without the internal client's time and work not measurable yet. */
  ratedHours: number;
  revenue: number;
}

interface MonthlyIndex {
  minutesByMonth: Map<string, number>;
  ratedMinutesByMonth: Map<string, number>;
  revenueByMonth: Map<string, number>;
}

const monthlyCache = new WeakMap<Dataset, MonthlyIndex>();

function monthlyIndex(data: Dataset): MonthlyIndex {
  const cached = monthlyCache.get(data);
  if (cached) return cached;
  // Minutes per month and each project's last entry come from the index, kept up to date as time is logged.
  const { minutesByMonth, lastEntryByProject: lastEntry, clientsById, entriesByProject } = indexDataset(data);
  // Rated minutes: all of them but those of projects no rate counts (few: a pass over their entries only).
  const ratedMinutesByMonth = new Map(minutesByMonth);
  const leaveOut = (projectId: string): void => {
    for (const e of entriesByProject.get(projectId) ?? []) {
      const m = monthOf(e.date);
      ratedMinutesByMonth.set(m, (ratedMinutesByMonth.get(m) ?? 0) - e.minutes);
    }
  };
  const revenueByMonth = new Map<string, number>();
  const addRevenue = (month: string, amount: number): void => {
    if (amount !== 0) revenueByMonth.set(month, (revenueByMonth.get(month) ?? 0) + amount);
  };
  for (const p of data.projects) {
    // Earned revenue (projectEarned) by month: invoices in the month paid (else issued), and what the
    // work earned beyond them in the month of its last time entry (finished work without entries: its
    // deadline, else creation month). Unfinished fixed work earns by its hours alone: a deposit changes nothing.
    if (isInternal(clientsById.get(p.clientId))) {
      leaveOut(p.id);
      continue;
    }
    const s = projectStats(p, data);
    if (!s.counted) {
      leaveOut(p.id);
      continue;
    }
    const byHours = p.pricing.mode === 'fixed' && UNFINISHED_STATUSES.includes(p.status);
    let beyond = s.revenue;
    if (!byHours) {
      for (const inv of p.invoices) {
        const amount = inv.paidAt ? (inv.paidAmount ?? inv.amount) : inv.amount;
        addRevenue(monthOf(inv.paidAt ?? inv.issuedAt), amount);
        beyond -= amount;
      }
    }
    if (beyond <= 0) continue;
    const date = lastEntry.get(p.id) ?? (DONE_STATUSES.includes(p.status) ? (p.deadline ?? p.createdAt) : undefined);
    if (date === undefined) continue;
    addRevenue(monthOf(date), beyond);
  }
  const out = { minutesByMonth, ratedMinutesByMonth, revenueByMonth };
  monthlyCache.set(data, out);
  return out;
}

/** Hours logged and revenue earned per month for the last `months` months up to today's, oldest first. */
export function monthlyHoursRevenue(data: Dataset, today: string, months = 12): MonthHoursRevenue[] {
  const n = Math.max(0, Math.floor(months));
  const { minutesByMonth, ratedMinutesByMonth, revenueByMonth } = monthlyIndex(data);
  const current = monthOf(today);
  const out: MonthHoursRevenue[] = [];
  for (let i = n - 1; i >= 0; i--) {
    const month = addMonths(current, -i);
    out.push({
      month,
      hours: (minutesByMonth.get(month) ?? 0) / 60,
      ratedHours: (ratedMinutesByMonth.get(month) ?? 0) / 60,
      revenue: revenueByMonth.get(month) ?? 0,
    });
  }
  return out;
}

function byCreated(a: { createdAt: string; id: string }, b: { createdAt: string; id: string }): number {
  return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
