/**
 * Invoice dates: when an invoice falls due, how many days late it was paid or is, whether it is overdue.
 */
import { dayNumber, fromDayNumber } from '../dates';
import type { Invoice } from '../model';

/** An invoice's due and paid dates as day numbers, worked out once per invoice (invoices are never mutated in place). */
interface InvoiceDays {
  due: number;
  paid: number | null;
  dueDate?: string;
}
const invoiceDaysCache = new WeakMap<Invoice, InvoiceDays>();

function invoiceDays(invoice: Invoice): InvoiceDays {
  let out = invoiceDaysCache.get(invoice);
  if (!out) {
    out = { due: dayNumber(invoice.issuedAt) + invoice.termsDays, paid: invoice.paidAt ? dayNumber(invoice.paidAt) : null };
    invoiceDaysCache.set(invoice, out);
  }
  return out;
}

/** `today` as a day number: rules ask for it once per invoice, with the same date every time. */
let lastToday = { date: '', day: 0 };
function todayNumber(today: string): number {
  if (lastToday.date !== today) lastToday = { date: today, day: dayNumber(today) };
  return lastToday.day;
}

/** Date an invoice falls due. */
export function invoiceDueDate(invoice: Invoice): string {
  const days = invoiceDays(invoice);
  days.dueDate ??= fromDayNumber(days.due);
  return days.dueDate;
}

/**
 * Days late: from due date to payment, or to `today` while unpaid and overdue.
 * 0 when paid on time; null when unpaid and not yet due.
 */
export function paymentDelayDays(invoice: Invoice, today: string): number | null {
  const { due, paid } = invoiceDays(invoice);
  if (paid !== null) return Math.max(0, paid - due);
  const late = todayNumber(today) - due;
  return late > 0 ? late : null;
}

export function isOverdue(invoice: Invoice, today: string): boolean {
  return !invoice.paidAt && todayNumber(today) - invoiceDays(invoice).due > 0;
}
