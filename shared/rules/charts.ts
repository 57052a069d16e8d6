/**
 * Chart data: aggregated per project, client or month (never one point per time entry),
 * with the definitions of stats.ts.
 */
import { addMonths, monthOf } from '../dates';
import type { Dataset, ProjectStatus, Settings } from '../model';
import { DONE_STATUSES, WORK_STATUSES, indexDataset, projectPrice, projectStats, rateBand } from './stats';

import type { RateBand } from '../model';

export interface HoursVsPricePoint {
  projectId: string;
  title: string;
  hours: number;
  /** Revenue for real work; the agreed or offered price for anything else. */
  price: number;
  /** Money per hour: price / hours. */
  rate: number;
  underMinimum: boolean;
}

export interface HoursVsPrice {
  points: HoursVsPricePoint[];
  /** Slopes of the reference lines price = rate x hours, in money per hour. */
  targetSlope: number;
  minimumSlope: number;
}

/** One point per project of the client with logged hours (oldest first), plus the target and minimum lines. */
export function hoursVsPrice(clientId: string, data: Dataset, settings: Settings, _today: string): HoursVsPrice {
  const ix = indexDataset(data);
  const projects = [...(ix.projectsByClient.get(clientId) ?? [])].sort(byCreated);
  const points: HoursVsPricePoint[] = [];
  for (const p of projects) {
    const s = projectStats(p, data);
    if (s.minutes <= 0) continue;
    const isWork = WORK_STATUSES.includes(p.status) || p.invoices.length > 0;
    const price = isWork ? s.revenue : (projectPrice(p) ?? 0);
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
  band: RateBand;
}

/** Clients with logged hours, by effective hourly rate, highest first. */
export function rateByClient(data: Dataset, settings: Settings, _today: string): ClientRate[] {
  const ix = indexDataset(data);
  const out: ClientRate[] = [];
  for (const c of data.clients) {
    let minutes = 0;
    let revenue = 0;
    for (const p of ix.projectsByClient.get(c.id) ?? []) {
      const s = projectStats(p, data);
      if (s.minutes <= 0) continue;
      minutes += s.minutes;
      revenue += s.revenue;
    }
    if (minutes <= 0) continue;
    const rate = (revenue * 60) / minutes;
    out.push({ clientId: c.id, name: c.name, rate, hours: minutes / 60, band: rateBand(rate, settings) });
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
  revenue: number;
}

interface MonthlyIndex {
  minutesByMonth: Map<string, number>;
  revenueByMonth: Map<string, number>;
}

const monthlyCache = new WeakMap<Dataset, MonthlyIndex>();

function monthlyIndex(data: Dataset): MonthlyIndex {
  const cached = monthlyCache.get(data);
  if (cached) return cached;
  // Minutes per month and each project's last entry come from the index, kept up to date as time is logged.
  const { minutesByMonth, lastEntryByProject: lastEntry } = indexDataset(data);
  const revenueByMonth = new Map<string, number>();
  const addRevenue = (month: string, amount: number): void => {
    if (amount !== 0) revenueByMonth.set(month, (revenueByMonth.get(month) ?? 0) + amount);
  };
  for (const p of data.projects) {
    // Revenue month: an invoice counts when paid (paid amount), else when issued; work without invoices counts
    // in the month of its last time entry, finished work without entries in its deadline (else creation) month.
    if (p.invoices.length > 0) {
      for (const inv of p.invoices) {
        if (inv.paidAt) addRevenue(monthOf(inv.paidAt), inv.paidAmount ?? inv.amount);
        else addRevenue(monthOf(inv.issuedAt), inv.amount);
      }
      continue;
    }
    if (!WORK_STATUSES.includes(p.status)) continue;
    const date = lastEntry.get(p.id) ?? (DONE_STATUSES.includes(p.status) ? (p.deadline ?? p.createdAt) : undefined);
    if (date === undefined) continue;
    addRevenue(monthOf(date), projectStats(p, data).revenue);
  }
  const out = { minutesByMonth, revenueByMonth };
  monthlyCache.set(data, out);
  return out;
}

/** Hours logged and revenue earned per month for the last `months` months up to today's, oldest first. */
export function monthlyHoursRevenue(data: Dataset, today: string, months = 12): MonthHoursRevenue[] {
  const n = Math.max(0, Math.floor(months));
  const { minutesByMonth, revenueByMonth } = monthlyIndex(data);
  const current = monthOf(today);
  const out: MonthHoursRevenue[] = [];
  for (let i = n - 1; i >= 0; i--) {
    const month = addMonths(current, -i);
    out.push({ month, hours: (minutesByMonth.get(month) ?? 0) / 60, revenue: revenueByMonth.get(month) ?? 0 });
  }
  return out;
}

function byCreated(a: { createdAt: string; id: string }, b: { createdAt: string; id: string }): number {
  return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
