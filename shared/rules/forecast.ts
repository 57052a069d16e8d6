/**
 * Pipeline and forecast (DESIGN.md): only confirmed money is planned on; promises
 * to buy are listed apart and never added.
 */
import { addMonths, monthOf } from '../dates';
import type { Dataset, Project, ProjectStatus } from '../model';
import { hourlyAmount } from '../money';
import { indexDataset } from '../index/dataset';
import { invoiceDueDate } from './invoices';

export interface ForecastMonth {
  /** `YYYY-MM`. */
  month: string;
  /** Minor units of the currency. */
  amount: number;
}

/** A promise to buy as DESIGN.md's forecast lists it. */
export interface Promised {
  clientId: string;
  projectId?: string;
  date: string;
}

/** A promise with what the screen shows of it too. */
export interface PromisedPurchase extends Promised {
  signalId: string;
  note?: string;
}

export interface ForecastResult {
  confirmedByMonth: ForecastMonth[];
  promised: Promised[];
}

/** The forecast as the pipeline screen draws it: a fixed window of months. */
export interface ForecastWindow {
  confirmedByMonth: ForecastMonth[];
  promised: PromisedPurchase[];
}

/** Confirmed work whose un-invoiced price is still to come (closed work is settled). */
const CONFIRMED_STATUSES: readonly ProjectStatus[] = ['accepted', 'in-progress', 'delivered'];

/**
 * The part of a confirmed project's price not invoiced yet. Fixed: price minus invoiced.
 * Hourly: rate x the larger of the estimate and the billable hours logged, minus invoiced.
 */
function uninvoicedAmount(project: Project, billableMinutes: number): number {
  const invoiced = project.invoices.reduce((sum, inv) => sum + inv.amount, 0);
  const price =
    project.pricing.mode === 'fixed'
      ? project.pricing.amount
      : hourlyAmount(project.pricing.rate, Math.max((project.estimatedHours ?? 0) * 60, billableMinutes));
  return Math.max(0, price - invoiced);
}

/** Promises to buy, newest first: shown beside the forecast, never counted. */
export function promisedPurchases(data: Dataset): PromisedPurchase[] {
  return data.signals
    .filter((s) => s.kind === 'promised-to-buy')
    .map((s) => ({
      clientId: s.clientId,
      ...(s.projectId !== undefined ? { projectId: s.projectId } : {}),
      date: s.date,
      signalId: s.id,
      ...(s.note !== undefined ? { note: s.note } : {}),
    }))
    .sort((a, b) => b.date.localeCompare(a.date) || a.signalId.localeCompare(b.signalId));
}

/** Calls `add(month, amount)` once for every piece of confirmed money (never the same twice). */
function eachConfirmed(data: Dataset, today: string, add: (month: string, amount: number) => void): void {
  const ix = indexDataset(data);
  for (const p of data.projects) {
    // Each invoice counts once (while unpaid); the project adds only what no invoice covers.
    for (const inv of p.invoices) {
      if (!inv.paidAt && inv.amount > 0) add(monthOf(invoiceDueDate(inv)), inv.amount);
    }
    if (CONFIRMED_STATUSES.includes(p.status)) {
      const rest = uninvoicedAmount(p, ix.billableMinutesByProject.get(p.id) ?? 0);
      if (rest > 0) add(p.deadline ? monthOf(p.deadline) : monthOf(today), rest);
    }
  }
}

/**
 * DESIGN.md's forecast: confirmed money per month, oldest first, every month that has
 * some: un-invoiced accepted, in-progress and delivered work in its deadline's month (no
 * deadline: this month), unpaid invoices in their due month. Promises are listed apart.
 */
export function forecast(data: Dataset, today: string): ForecastResult {
  const byMonth = new Map<string, number>();
  eachConfirmed(data, today, (month, amount) => byMonth.set(month, (byMonth.get(month) ?? 0) + amount));
  const confirmedByMonth = [...byMonth].sort(([a], [b]) => a.localeCompare(b)).map(([month, amount]) => ({ month, amount }));
  const promised = promisedPurchases(data).map(({ clientId, projectId, date }) => ({ clientId, ...(projectId !== undefined ? { projectId } : {}), date }));
  return { confirmedByMonth, promised };
}

/**
 * The forecast over `months` months from today's month, as the pipeline draws it:
 * money already due (a past deadline or an overdue invoice) counts in this month, and
 * money due after the window is left out.
 */
export function forecastWindow(data: Dataset, today: string, months = 6): ForecastWindow {
  const first = monthOf(today);
  const count = Math.max(0, Math.floor(months));
  const confirmedByMonth: ForecastMonth[] = [];
  const slot = new Map<string, ForecastMonth>();
  for (let i = 0; i < count; i++) {
    const m = { month: addMonths(first, i), amount: 0 };
    confirmedByMonth.push(m);
    slot.set(m.month, m);
  }
  const add = (month: string, amount: number) => {
    const m = slot.get(month < first ? first : month);
    if (m && amount > 0) m.amount += amount;
  };

  eachConfirmed(data, today, add);
  return { confirmedByMonth, promised: promisedPurchases(data) };
}
