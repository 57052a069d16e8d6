/**
 * Hours, revenue and rates: the numbers every other rule stands on.
 * Definitions are DESIGN.md's: EHR = revenue / all logged hours (billable or not).
 */
import { addDays, daysBetween } from '../dates';
import {
  GREEN_SIGNALS,
  RED_SIGNALS,
  type Client,
  type Dataset,
  type Invoice,
  type Project,
  type ProjectStatus,
  type RateBand,
  type Settings,
  type Signal,
  type SignalKind,
} from '../model';

/** Statuses whose price is (or was) real work for the client. */
export const WORK_STATUSES: readonly ProjectStatus[] = ['accepted', 'in-progress', 'delivered', 'closed'];
/** Statuses of work that is finished, used for estimate overruns. */
export const DONE_STATUSES: readonly ProjectStatus[] = ['delivered', 'closed'];

const RED = new Set<string>(RED_SIGNALS);
const GREEN = new Set<string>(GREEN_SIGNALS);

export function isRedSignal(kind: SignalKind): boolean {
  return RED.has(kind);
}
export function isGreenSignal(kind: SignalKind): boolean {
  return GREEN.has(kind);
}

/** 'good' at or above the target rate, 'caution' at or above the minimum, else 'bad'. */
export function rateBand(rate: number, settings: Pick<Settings, 'targetHourlyRate' | 'minimumHourlyRate'>): RateBand {
  if (rate >= settings.targetHourlyRate) return 'good';
  if (rate >= settings.minimumHourlyRate) return 'caution';
  return 'bad';
}

/** Per-project minute totals and per-client lookups, built once per dataset. */
export interface DatasetIndex {
  minutesByProject: Map<string, number>;
  billableMinutesByProject: Map<string, number>;
  projectsByClient: Map<string, Project[]>;
  clientsById: Map<string, Client>;
  projectsById: Map<string, Project>;
  signalsByClient: Map<string, Signal[]>;
  /** Clients by the id in their `referredBy`. */
  referredBy: Map<string, Client[]>;
}

const indexCache = new WeakMap<Dataset, DatasetIndex>();

/** Indexes a dataset (memoised on the dataset object: datasets are never mutated in place). */
export function indexDataset(data: Dataset): DatasetIndex {
  const cached = indexCache.get(data);
  if (cached) return cached;
  const minutesByProject = new Map<string, number>();
  const billableMinutesByProject = new Map<string, number>();
  for (const e of data.timeEntries) {
    minutesByProject.set(e.projectId, (minutesByProject.get(e.projectId) ?? 0) + e.minutes);
    if (e.billable) billableMinutesByProject.set(e.projectId, (billableMinutesByProject.get(e.projectId) ?? 0) + e.minutes);
  }
  const projectsByClient = new Map<string, Project[]>();
  const projectsById = new Map<string, Project>();
  for (const p of data.projects) {
    projectsById.set(p.id, p);
    const list = projectsByClient.get(p.clientId);
    if (list) list.push(p);
    else projectsByClient.set(p.clientId, [p]);
  }
  const clientsById = new Map(data.clients.map((c) => [c.id, c]));
  const signalsByClient = new Map<string, Signal[]>();
  for (const s of data.signals) {
    const list = signalsByClient.get(s.clientId);
    if (list) list.push(s);
    else signalsByClient.set(s.clientId, [s]);
  }
  const referredBy = new Map<string, Client[]>();
  for (const c of data.clients) {
    if (!c.referredBy) continue;
    const list = referredBy.get(c.referredBy);
    if (list) list.push(c);
    else referredBy.set(c.referredBy, [c]);
  }
  const index = { minutesByProject, billableMinutesByProject, projectsByClient, clientsById, projectsById, signalsByClient, referredBy };
  indexCache.set(data, index);
  return index;
}

/** Date an invoice falls due. */
export function invoiceDueDate(invoice: Invoice): string {
  return addDays(invoice.issuedAt, invoice.termsDays);
}

/**
 * Days late: from due date to payment, or to `today` while unpaid and overdue.
 * 0 when paid on time; null when unpaid and not yet due.
 */
export function paymentDelayDays(invoice: Invoice, today: string): number | null {
  const due = invoiceDueDate(invoice);
  if (invoice.paidAt) return Math.max(0, daysBetween(due, invoice.paidAt));
  const late = daysBetween(due, today);
  return late > 0 ? late : null;
}

export function isOverdue(invoice: Invoice, today: string): boolean {
  return !invoice.paidAt && daysBetween(invoiceDueDate(invoice), today) > 0;
}

/**
 * What a project brought or will bring: paid amount if paid, else invoiced amount,
 * else the agreed fixed price, else hourly rate x billable hours. Inquiries and lost
 * or declined work without invoices bring nothing.
 */
export function projectRevenue(project: Project, billableMinutes: number): number {
  if (project.invoices.length > 0) {
    let sum = 0;
    for (const inv of project.invoices) sum += inv.paidAt ? (inv.paidAmount ?? inv.amount) : inv.amount;
    return sum;
  }
  if (!WORK_STATUSES.includes(project.status)) return 0;
  if (project.pricing.mode === 'fixed') return project.pricing.amount;
  return Math.round((project.pricing.rate * billableMinutes) / 60);
}

/** The price agreed or offered, whatever the status: fixed amount, or rate x estimate. */
export function projectPrice(project: Project): number | null {
  if (project.pricing.mode === 'fixed') return project.pricing.amount;
  if (project.estimatedHours === undefined) return null;
  return Math.round(project.pricing.rate * project.estimatedHours);
}

export interface ProjectStats {
  projectId: string;
  minutes: number;
  billableMinutes: number;
  hours: number;
  revenue: number;
  /** Money per hour over all logged hours; null with no hours. */
  effectiveHourlyRate: number | null;
}

export function projectStats(project: Project, data: Dataset): ProjectStats {
  const ix = indexDataset(data);
  const minutes = ix.minutesByProject.get(project.id) ?? 0;
  const billableMinutes = ix.billableMinutesByProject.get(project.id) ?? 0;
  const revenue = projectRevenue(project, billableMinutes);
  return {
    projectId: project.id,
    minutes,
    billableMinutes,
    hours: minutes / 60,
    revenue,
    effectiveHourlyRate: minutes > 0 ? (revenue * 60) / minutes : null,
  };
}

/** A signal the app works out by itself from invoices and referrals. */
export interface DerivedSignal {
  clientId: string;
  projectId?: string;
  date: string;
  kind: 'paid-late' | 'paid-on-time' | 'unpaid' | 'referred-someone';
  derived: true;
  /** The invoice or referred client it comes from. */
  sourceId: string;
  /** Days late, for payment signals. */
  days?: number;
}

/** Signals derived for one client: payments from its invoices, referrals from other clients. */
export function derivedSignals(clientId: string, data: Dataset, today: string): DerivedSignal[] {
  const ix = indexDataset(data);
  const out: DerivedSignal[] = [];
  for (const p of ix.projectsByClient.get(clientId) ?? []) {
    for (const inv of p.invoices) {
      const delay = paymentDelayDays(inv, today);
      if (inv.paidAt) {
        out.push({
          clientId,
          projectId: p.id,
          date: inv.paidAt,
          kind: delay && delay > 0 ? 'paid-late' : 'paid-on-time',
          derived: true,
          sourceId: inv.id,
          days: delay ?? 0,
        });
      } else if (delay !== null) {
        out.push({ clientId, projectId: p.id, date: today, kind: 'unpaid', derived: true, sourceId: inv.id, days: delay });
      }
    }
  }
  for (const c of ix.referredBy.get(clientId) ?? []) {
    if (c.id !== clientId) {
      out.push({ clientId, date: c.createdAt, kind: 'referred-someone', derived: true, sourceId: c.id });
    }
  }
  return out;
}

export interface ClientStats {
  hours: number;
  revenue: number;
  effectiveHourlyRate: number | null;
  estimateOverrun: number | null;
  averagePaymentDelayDays: number | null;
  redSignals: number;
  greenSignals: number;
}

/** DESIGN.md's `clientStats`: hours, revenue, EHR, overrun, payment delay and signal counts. */
export function clientStats(clientId: string, data: Dataset, today: string): ClientStats {
  const ix = indexDataset(data);
  let minutes = 0;
  let revenue = 0;
  let ratedRevenue = 0;
  let ratedMinutes = 0;
  let estHours = 0;
  let actualHours = 0;
  let delaySum = 0;
  let delayCount = 0;
  for (const p of ix.projectsByClient.get(clientId) ?? []) {
    const s = projectStats(p, data);
    minutes += s.minutes;
    revenue += s.revenue;
    if (s.minutes > 0) {
      ratedMinutes += s.minutes;
      ratedRevenue += s.revenue;
    }
    if (DONE_STATUSES.includes(p.status) && p.estimatedHours && p.estimatedHours > 0 && s.minutes > 0) {
      estHours += p.estimatedHours;
      actualHours += s.hours;
    }
    for (const inv of p.invoices) {
      const d = paymentDelayDays(inv, today);
      if (d !== null) {
        delaySum += d;
        delayCount++;
      }
    }
  }
  let red = 0;
  let green = 0;
  for (const s of ix.signalsByClient.get(clientId) ?? []) {
    if (isRedSignal(s.kind)) red++;
    else if (isGreenSignal(s.kind)) green++;
  }
  for (const s of derivedSignals(clientId, data, today)) {
    if (isRedSignal(s.kind)) red++;
    else if (isGreenSignal(s.kind)) green++;
  }
  return {
    hours: minutes / 60,
    revenue,
    effectiveHourlyRate: ratedMinutes > 0 ? (ratedRevenue * 60) / ratedMinutes : null,
    estimateOverrun: estHours > 0 ? actualHours / estHours : null,
    averagePaymentDelayDays: delayCount > 0 ? delaySum / delayCount : null,
    redSignals: red,
    greenSignals: green,
  };
}
