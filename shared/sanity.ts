/**
 * Sanity checks on what people type: what is merely unusual (the form asks "are you
 * sure?") and what is impossible (the backend refuses it). Pure: `today` and settings
 * come in as arguments.
 */
import { addDays, daysBetween } from './dates';
import type { Pricing, Settings } from './model';

/** The first and last day a record may carry: earlier or later is a typing slip, never work. */
export const EARLIEST_DAY = '1970-01-01';
export const LATEST_DAY = '2100-12-31';

/** True when a date lies in the span records may use (1970 to 2100). */
export function isPlausibleDay(date: string): boolean {
  return date >= EARLIEST_DAY && date <= LATEST_DAY;
}

/** A time entry this many days back is asked about (about five years). */
export const ENTRY_PAST_DAYS = 5 * 365;
/** A price or rate this many times the target rate per hour is asked about. */
export const PRICE_FACTOR = 100;
/** A fixed price without an estimate is judged as if it were this many hours of work. */
export const HOURS_WITHOUT_ESTIMATE = 20;

/** Something unusual the person should confirm before it is saved; the renderer words it. */
export type SanityQuestion =
  | { code: 'entry-in-future'; date: string; days: number }
  | { code: 'entry-long-ago'; date: string; years: number }
  | { code: 'deadline-before-start'; deadline: string; createdAt: string }
  | { code: 'payment-over-invoice'; paid: number; amount: number }
  | { code: 'price-over-target'; amount: number; hours: number; estimated: boolean; target: number }
  | { code: 'rate-over-target'; rate: number; target: number };

/** A time entry more than a day ahead of today, or more than about five years back. */
export function timeEntryQuestions(date: string, today: string): SanityQuestion[] {
  if (date > addDays(today, 1)) return [{ code: 'entry-in-future', date, days: daysBetween(today, date) }];
  if (date < addDays(today, -ENTRY_PAST_DAYS)) return [{ code: 'entry-long-ago', date, years: Math.floor(daysBetween(date, today) / 365) }];
  return [];
}

/** A project's deadline before it began, or a price a hundred times the target rate per hour. */
export function projectQuestions(
  project: { pricing: Pricing; estimatedHours?: number | undefined; createdAt?: string | undefined; deadline?: string | undefined },
  settings: Pick<Settings, 'targetHourlyRate'>,
  today: string,
): SanityQuestion[] {
  const out: SanityQuestion[] = [];
  const start = project.createdAt ?? today;
  // Asking costs a click: a new project starts today, so a deadline already past is asked about too.
  if (project.deadline && project.deadline < start) {
    out.push({ code: 'deadline-before-start', deadline: project.deadline, createdAt: start });
  }
  const target = settings.targetHourlyRate;
  if (target > 0) {
    if (project.pricing.mode === 'hourly' && project.pricing.rate > PRICE_FACTOR * target) {
      out.push({ code: 'rate-over-target', rate: project.pricing.rate, target });
    }
    if (project.pricing.mode === 'fixed') {
      const estimated = project.estimatedHours !== undefined && project.estimatedHours > 0;
      const hours = estimated ? project.estimatedHours! : HOURS_WITHOUT_ESTIMATE;
      if (project.pricing.amount > PRICE_FACTOR * target * hours) {
        out.push({ code: 'price-over-target', amount: project.pricing.amount, hours, estimated, target });
      }
    }
  }
  return out;
}

/** A payment larger than its invoice. */
export function paymentQuestions(invoice: { amount: number; paidAmount?: number | undefined }): SanityQuestion[] {
  const paid = invoice.paidAmount;
  return paid !== undefined && paid > invoice.amount ? [{ code: 'payment-over-invoice', paid, amount: invoice.amount }] : [];
}
