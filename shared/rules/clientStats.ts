/**
 * A client's hours, earned revenue and rate, overrun, payment delay and signals: the numbers
 * the client screens, the review and the evaluation stand on.
 * Definitions are DESIGN.md's: EHR = revenue / all logged hours (billable or not).
 */
import { indexDataset } from '../index/dataset';
import { GREEN_SIGNALS, RED_SIGNALS, type Dataset, type ProjectStatus, type Signal, type SignalKind } from '../model';
import { isInternal, projectStats } from './money';
import { paymentDelayDays } from './invoices';

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

/** A client's signal, recorded by hand or derived from its invoices and referrals. */
export type ClientSignal = { derived: false; signal: Signal } | { derived: true; signal: DerivedSignal };

/** Every signal of a client: its records and the derived ones; none for the internal client. */
export function clientSignals(clientId: string, data: Dataset, today: string): ClientSignal[] {
  const ix = indexDataset(data);
  if (isInternal(ix.clientsById.get(clientId))) return [];
  const out: ClientSignal[] = (ix.signalsByClient.get(clientId) ?? []).map((signal) => ({ derived: false, signal }));
  for (const signal of derivedSignals(clientId, data, today)) out.push({ derived: true, signal });
  return out;
}

export interface SignalCounts {
  red: number;
  green: number;
  /** Promises to buy: shown, never counted as red or green. */
  promise: number;
}

/** How many red, green and promise signals a client has, recorded and derived: the count every screen shows. */
export function signalCounts(clientId: string, data: Dataset, today: string): SignalCounts {
  const out: SignalCounts = { red: 0, green: 0, promise: 0 };
  for (const { signal } of clientSignals(clientId, data, today)) {
    if (isRedSignal(signal.kind)) out.red++;
    else if (isGreenSignal(signal.kind)) out.green++;
    else out.promise++;
  }
  return out;
}

export interface ClientStats {
  hours: number;
  /** Earned revenue of the projects that count (projectEarned). */
  revenue: number;
  effectiveHourlyRate: number | null;
  estimateOverrun: number | null;
  averagePaymentDelayDays: number | null;
  /** Red signals, recorded and derived (signalCounts). */
  redSignals: number;
  /** Green signals, recorded and derived (signalCounts). */
  greenSignals: number;
  /** Unfinished fixed-price projects without an estimate, left out of the revenue and the rate. */
  leftOut: number;
}

/**
 * DESIGN.md's `clientStats`: hours, earned revenue, EHR, overrun, payment delay and signal counts.
 * The internal client has hours only: its time is never a client's rate.
 */
export function clientStats(clientId: string, data: Dataset, today: string): ClientStats {
  const ix = indexDataset(data);
  const internal = isInternal(ix.clientsById.get(clientId));
  let minutes = 0;
  let revenue = 0;
  let ratedRevenue = 0;
  let ratedMinutes = 0;
  let leftOut = 0;
  let estHours = 0;
  let actualHours = 0;
  let delaySum = 0;
  let delayCount = 0;
  for (const p of ix.projectsByClient.get(clientId) ?? []) {
    const s = projectStats(p, data);
    minutes += s.minutes;
    if (!s.counted) leftOut++;
    else {
      revenue += s.revenue;
      if (s.minutes > 0) {
        ratedMinutes += s.minutes;
        ratedRevenue += s.revenue;
      }
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
  const signals = signalCounts(clientId, data, today);
  return {
    hours: minutes / 60,
    revenue: internal ? 0 : revenue,
    effectiveHourlyRate: !internal && ratedMinutes > 0 ? (ratedRevenue * 60) / ratedMinutes : null,
    estimateOverrun: estHours > 0 ? actualHours / estHours : null,
    averagePaymentDelayDays: delayCount > 0 ? delaySum / delayCount : null,
    redSignals: signals.red,
    greenSignals: signals.green,
    leftOut: internal ? 0 : leftOut,
  };
}
