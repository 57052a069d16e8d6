/**
 * How much data one person can honestly have, so that a hostile or broken file is refused
 * whole instead of filling the disk or stalling the app. Pure: no I/O, no clock.
 */
import { monthOf } from './dates';

/** The most time entries one month may hold: 30 entries a day, every day, is already a lot. */
export const MONTH_MAX_ENTRIES = 20_000;

/** The most records of one kind an import or a restore may carry (ten busy years, and then some). */
export const LIST_MAX_ITEMS = 200_000;

/** The largest export file a restore reads: ten honest years export to about 20 MB. */
export const RESTORE_MAX_BYTES = 100 * 1024 * 1024;

/** The widest span of months a restore may cover, first to last (fifty years of work). */
export const RESTORE_MAX_MONTH_SPAN = 600;

/** A month that would hold more entries than `MONTH_MAX_ENTRIES`, and how many. */
export interface MonthOverflow {
  month: string;
  entries: number;
}

/**
 * The first month (in date order) whose entries would pass the cap, counting `existing`
 * per month plus the new `dates`; undefined when every month fits.
 */
export function monthOverflow(dates: Iterable<string>, existing: (month: string) => number = () => 0): MonthOverflow | undefined {
  const added = new Map<string, number>();
  for (const date of dates) {
    const month = monthOf(date);
    added.set(month, (added.get(month) ?? 0) + 1);
  }
  for (const month of [...added.keys()].sort()) {
    const entries = added.get(month)! + existing(month);
    if (entries > MONTH_MAX_ENTRIES) return { month, entries };
  }
  return undefined;
}

/** Months between two `YYYY-MM` months, both counted (`2026-01`..`2026-12` is 12). */
export function monthSpan(first: string, last: string): number {
  const index = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
  return index(last) - index(first) + 1;
}

/** Why a set of entry dates is not a plausible history, or undefined when it is. */
export function implausibleMonths(dates: Iterable<string>): { first: string; last: string; span: number } | undefined {
  let first: string | undefined;
  let last: string | undefined;
  for (const date of dates) {
    const month = monthOf(date);
    if (first === undefined || month < first) first = month;
    if (last === undefined || month > last) last = month;
  }
  if (first === undefined || last === undefined) return undefined;
  const span = monthSpan(first, last);
  return span > RESTORE_MAX_MONTH_SPAN ? { first, last, span } : undefined;
}
